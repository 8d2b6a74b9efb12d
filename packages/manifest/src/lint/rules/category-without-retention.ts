import type { LintRule } from '../rule.ts';
import { allFields } from '../support/data-map.ts';

export const categoryWithoutRetention: LintRule = {
  code: 'PLG106',
  name: 'category-without-retention',
  severity: 'error',
  summary: 'A data category has no retention period anywhere: not on the category, a purpose using it, or a dataset field.',
  help:
    'Personal data may be kept no longer than necessary (GDPR Art. 5(1)(e)) and the notice must state how long it is kept or ' +
    'the criteria (Art. 13(2)(a)); retention sweeps need a rule to act on. Set `retention` on the category, on a purpose ' +
    'that uses it, or on the dataset fields that hold it.',
  check({ manifest, report }) {
    const fields = allFields(manifest);
    manifest.categories.forEach((category, i) => {
      if (category.retention) return;
      if (manifest.purposes.some((p) => p.retention && p.categories.includes(category.id))) return;
      if (fields.some(({ field, dataset }) => field.category === category.id && (field.retention ?? dataset.retention))) return;
      report(['categories', i, 'id'], `Category "${category.id}" has no retention period: neither the category, a purpose using it, nor a dataset field holding it names a retention rule (GDPR Art. 5(1)(e), 13(2)(a)).`);
    });
  },
};
