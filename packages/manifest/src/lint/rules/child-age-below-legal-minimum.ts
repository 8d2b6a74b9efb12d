import type { Jurisdiction } from '../../schema/common.ts';
import type { LintRule } from '../rule.ts';
import { controllerJurisdictions, REGIME_LABEL } from '../support/jurisdictions.ts';
import { legalMinimumAge } from '../support/reference-data.ts';

const CITATION: Record<Jurisdiction, string> = {
  gdpr: 'GDPR Art. 8',
  uk_gdpr: 'UK GDPR Art. 8, DPA 2018 s. 9',
  ccpa: 'COPPA 15 U.S.C. §6502; CCPA §1798.120(c)',
  lgpd: 'LGPD Art. 14',
};

export const childAgeBelowLegalMinimum: LintRule = {
  code: 'PLG113',
  name: 'child-age-below-legal-minimum',
  severity: 'error',
  summary: "The declared children's minimum age is below the legal age of digital consent of a declared jurisdiction.",
  help:
    "Below the age of digital consent a child's data needs a parent's consent: 16 under GDPR Art. 8 unless the member state " +
    'lowered it (13 to 15; e.g. 15 in France, 14 in Italy and Spain, 13 in Belgium), 13 under UK GDPR (DPA 2018 s. 9) and ' +
    "COPPA, 12 under LGPD Art. 14. The controller's member state sets the GDPR age. Raise `stances.children.minimumAge`.",
  check({ manifest, report }) {
    const ages = manifest.stances.children.minimumAge;
    for (const jurisdiction of Object.keys(ages) as Jurisdiction[]) {
      const declared = ages[jurisdiction];
      if (declared === undefined || !manifest.jurisdictions.includes(jurisdiction)) continue;
      const controllers = manifest.organisation.controllers.filter((_, i) => controllerJurisdictions(manifest, i).includes(jurisdiction));
      const candidates = controllers.length > 0 ? controllers.map((c) => ({ country: c.address.country, age: legalMinimumAge(jurisdiction, c.address.country) })) : [{ country: undefined, age: legalMinimumAge(jurisdiction) }];
      const strictest = candidates.reduce((a, b) => (b.age > a.age ? b : a));
      if (declared >= strictest.age) continue;
      const where = jurisdiction === 'gdpr' && strictest.country ? ` for a controller established in ${strictest.country}` : '';
      report(['stances', 'children', 'minimumAge', jurisdiction], `The minimum age ${declared} under ${REGIME_LABEL[jurisdiction]} is below the legal age of ${strictest.age}${where}; younger children need parental consent (${CITATION[jurisdiction]}).`);
    }
  },
};
