import type { LintRule } from '../rule.ts';
import { declaredGdprLike } from '../support/jurisdictions.ts';
import { purposeLabel, quoted } from '../support/labels.ts';
import { resolveCategory } from '../support/reference-data.ts';

export const specialCategoryWithoutCondition: LintRule = {
  code: 'PLG107',
  name: 'special-category-without-condition',
  severity: 'error',
  summary: 'A purpose uses special-category data (health, biometrics, beliefs, ...) without a GDPR Art. 9(2) condition.',
  help:
    'Processing special categories of personal data is prohibited unless one of the conditions of GDPR Art. 9(2) applies, ' +
    'in addition to an Art. 6 lawful basis. Set `specialCategoryCondition` on the purpose (e.g. explicit_consent, ' +
    'legal_claims), or stop using the special category for it.',
  check({ manifest, report }) {
    if (declaredGdprLike(manifest).length === 0) return;
    manifest.purposes.forEach((purpose, i) => {
      if (purpose.specialCategoryCondition) return;
      const special = purpose.categories.filter((id) => resolveCategory(id, manifest)?.special);
      if (special.length === 0) return;
      report(['purposes', i, 'categories'], `${purposeLabel(purpose)} uses special-category data (${quoted(special)}) but declares no Art. 9(2) condition (GDPR Art. 9).`);
    });
  },
};
