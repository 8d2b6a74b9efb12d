import type { Jurisdiction } from '../../schema/common.ts';
import type { LintRule } from '../rule.ts';
import { REGIME_LABEL } from '../support/jurisdictions.ts';
import { purposeLabel } from '../support/labels.ts';

export const legitimateInterestWithoutBalancing: LintRule = {
  code: 'PLG123',
  name: 'legitimate-interest-without-balancing',
  severity: 'error',
  summary: 'A purpose relies on legitimate interest without stating the interest and the balancing.',
  help:
    'Legitimate interest is a lawful basis only if the interest is not overridden by the person’s interests and rights ' +
    '(GDPR Art. 6(1)(f)), and the notice must state the interest pursued (Art. 13(1)(d), 14(2)(b)). Write the interest and ' +
    'why it prevails in `lawfulBasis.<regime>.balancing`.',
  check({ manifest, report }) {
    manifest.purposes.forEach((purpose, i) => {
      for (const regime of Object.keys(purpose.lawfulBasis) as Jurisdiction[]) {
        const basis = purpose.lawfulBasis[regime];
        if (basis?.basis !== 'legitimate_interest' || basis.balancing) continue;
        report(['purposes', i, 'lawfulBasis', regime, 'basis'], `${purposeLabel(purpose)} relies on legitimate interest under ${REGIME_LABEL[regime]} but does not state the interest and the balancing (GDPR Art. 6(1)(f), 13(1)(d)).`);
      }
    });
  },
};
