import type { LintRule } from '../rule.ts';
import { BASIS_REGIMES, declares, REGIME_LABEL } from '../support/jurisdictions.ts';
import { purposeLabel } from '../support/labels.ts';

export const purposeWithoutLawfulBasis: LintRule = {
  code: 'PLG125',
  name: 'purpose-without-lawful-basis',
  severity: 'error',
  summary: 'A purpose has no lawful basis for a declared GDPR, UK GDPR or LGPD jurisdiction.',
  help:
    'Processing is lawful only on one of the bases of GDPR Art. 6(1) (UK GDPR Art. 6(1), LGPD Art. 7), and the notice must ' +
    'state it per purpose (Art. 13(1)(c)). Add `lawfulBasis.<regime>: { basis: ... }` to the purpose for every such regime.',
  check({ manifest, report }) {
    manifest.purposes.forEach((purpose, i) => {
      const missing = BASIS_REGIMES.filter((j) => declares(manifest, j) && !purpose.lawfulBasis[j]);
      for (const regime of missing) {
        report(['purposes', i, 'lawfulBasis'], `${purposeLabel(purpose)} has no lawful basis under ${REGIME_LABEL[regime]} (${regime === 'lgpd' ? 'LGPD Art. 7' : 'GDPR Art. 6(1)'}).`);
      }
    });
  },
};
