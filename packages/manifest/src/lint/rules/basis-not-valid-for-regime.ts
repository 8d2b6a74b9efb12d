import type { LintRule } from '../rule.ts';
import { BASIS_REGIMES, REGIME_LABEL } from '../support/jurisdictions.ts';
import { purposeLabel } from '../support/labels.ts';

/** CCPA notions with no counterpart among the lawful bases of GDPR Art. 6(1) or LGPD Art. 7. */
const CCPA_ONLY = new Set(['business_purpose', 'commercial_purpose']);

export const basisNotValidForRegime: LintRule = {
  code: 'PLG148',
  name: 'basis-not-valid-for-regime',
  severity: 'error',
  summary: 'A GDPR, UK GDPR or LGPD purpose uses a CCPA business/commercial purpose as its lawful basis.',
  help:
    '"Business purpose" and "commercial purpose" are CCPA categories (Cal. Civ. Code §1798.140(e)); they are not lawful ' +
    'bases. Under GDPR Art. 6(1) (and LGPD Art. 7) choose consent, contract, legal obligation, vital interest, public task ' +
    'or legitimate interest.',
  check({ manifest, report }) {
    manifest.purposes.forEach((purpose, i) => {
      for (const regime of BASIS_REGIMES) {
        const basis = purpose.lawfulBasis[regime]?.basis;
        if (!basis || !CCPA_ONLY.has(basis)) continue;
        report(['purposes', i, 'lawfulBasis', regime, 'basis'], `${purposeLabel(purpose)} gives "${basis}" as its lawful basis under ${REGIME_LABEL[regime]}, but that is a CCPA notion, not a lawful basis (${regime === 'lgpd' ? 'LGPD Art. 7' : 'GDPR Art. 6(1)'}).`);
      }
    });
  },
};
