import type { LintRule } from '../rule.ts';
import { allFields, declaredCategoryIds } from '../support/data-map.ts';

export const fieldCategoryNotDeclared: LintRule = {
  code: 'PLG114',
  name: 'field-category-not-declared',
  severity: 'error',
  summary: 'A dataset field holds a data category that is not declared in `categories`.',
  help:
    'The notice lists the categories of personal data from `categories` (GDPR Art. 13(1)(c), 14(1)(d), 30(1)(c)); a field ' +
    'holding an undeclared category means the notice and the records of processing understate what is collected. Declare ' +
    'the category, or correct the field.',
  check({ manifest, report }) {
    const declared = declaredCategoryIds(manifest);
    for (const { system, dataset, field, path } of allFields(manifest)) {
      if (declared.has(field.category)) continue;
      report([...path, 'category'], `Field "${field.name}" in ${system.id}.${dataset.id} holds "${field.category}", which is not declared in categories, so the notice does not mention it (GDPR Art. 13(1)(c)).`);
    }
  },
};
