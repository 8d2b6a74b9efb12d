import type { LintRule } from '../rule.ts';
import { purposeLabel } from '../support/labels.ts';
import { REGIME_LABEL } from '../support/jurisdictions.ts';
import type { Jurisdiction } from '../../schema/common.ts';

export const consentWithoutCollection: LintRule = {
  code: 'PLG101',
  name: 'consent-without-collection',
  severity: 'error',
  summary: 'A purpose relies on consent but does not say how consent is given and withdrawn.',
  help:
    'Consent must be given by a clear affirmative act and be as easy to withdraw as to give (GDPR Art. 4(11), 7(1), 7(3); ' +
    'explicit consent for Art. 9(2)(a)). Without a way to collect and withdraw it, the banner and privacy center cannot ' +
    'record or honour it. Add `consent: { via: [...], withdrawVia: [...] }` to the purpose.',
  check({ manifest, report }) {
    manifest.purposes.forEach((purpose, i) => {
      if (purpose.consent) return;
      const regime = (Object.keys(purpose.lawfulBasis) as Jurisdiction[]).find((j) => purpose.lawfulBasis[j]?.basis === 'consent');
      if (regime) {
        report(
          ['purposes', i, 'lawfulBasis', regime, 'basis'],
          `${purposeLabel(purpose)} relies on consent under ${REGIME_LABEL[regime]} but declares no way to give or withdraw it (GDPR Art. 7(3)).`,
        );
      } else if (purpose.specialCategoryCondition === 'explicit_consent') {
        report(
          ['purposes', i, 'specialCategoryCondition'],
          `${purposeLabel(purpose)} relies on explicit consent for special-category data but declares no way to give or withdraw it (GDPR Art. 9(2)(a), 7(3)).`,
        );
      }
    });
  },
};
