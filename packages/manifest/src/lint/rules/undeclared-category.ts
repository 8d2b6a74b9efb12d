import type { LintRule } from '../rule.ts';
import { declaredCategoryIds } from '../support/data-map.ts';
import { purposeLabel, recipientLabel } from '../support/labels.ts';

export const undeclaredCategory: LintRule = {
  code: 'PLG146',
  name: 'undeclared-category',
  severity: 'error',
  summary: 'A purpose or recipient uses a data category that is not declared in `categories`.',
  help:
    'Every category a purpose uses or a recipient receives must be declared, with its sources and subjects, so the notice ' +
    'can describe it (GDPR Art. 13(1)(c), (e), 14(1)(d)). Declare the category in `categories`, or correct the reference.',
  check({ manifest, report }) {
    const declared = declaredCategoryIds(manifest);
    manifest.purposes.forEach((p, i) =>
      p.categories.forEach((id, j) => {
        if (!declared.has(id)) report(['purposes', i, 'categories', j], `${purposeLabel(p)} uses category "${id}", which is not declared in categories.`);
      }),
    );
    manifest.recipients.forEach((r, i) =>
      r.categories.forEach((id, j) => {
        if (!declared.has(id)) report(['recipients', i, 'categories', j], `${recipientLabel(r)} receives category "${id}", which is not declared in categories.`);
      }),
    );
  },
};
