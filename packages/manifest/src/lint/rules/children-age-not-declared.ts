import type { Jurisdiction } from '../../schema/common.ts';
import type { LintRule } from '../rule.ts';
import { REGIME_LABEL } from '../support/jurisdictions.ts';

const CITATION: Record<Jurisdiction, string> = {
  gdpr: 'GDPR Art. 8',
  uk_gdpr: 'UK GDPR Art. 8',
  ccpa: 'COPPA; CCPA §1798.120(c)',
  lgpd: 'LGPD Art. 14',
};

export const childrenAgeNotDeclared: LintRule = {
  code: 'PLG160',
  name: 'children-age-not-declared',
  severity: 'warning',
  summary: "No children's minimum age is declared for a declared jurisdiction.",
  help:
    "Each regime sets its own age below which a child's data needs a parent's consent (GDPR Art. 8, UK GDPR Art. 8, COPPA " +
    'and CCPA §1798.120(c), LGPD Art. 14); the notice states the age and the age gate enforces it. Add ' +
    '`stances.children.minimumAge.<regime>` for every declared jurisdiction.',
  check({ manifest, report }) {
    const ages = manifest.stances.children.minimumAge;
    for (const regime of manifest.jurisdictions) {
      if (ages[regime] !== undefined) continue;
      report(['stances', 'children', 'minimumAge', regime], `No children's minimum age is declared for ${REGIME_LABEL[regime]} (${CITATION[regime]}).`);
    }
  },
};
