import type { LintRule } from '../rule.ts';
import { resolveCategory } from '../support/reference-data.ts';

export const unknownCategory: LintRule = {
  code: 'PLG116',
  name: 'unknown-category',
  severity: 'error',
  summary: 'A declared category id is neither in the built-in taxonomy nor in `customCategories`.',
  help:
    'Pledge words the notice, flags special categories (GDPR Art. 9) and CCPA-sensitive data from the taxonomy; an unknown id ' +
    'has no wording and no flags, so special-category checks cannot see it. Use a taxonomy id (see docs/manifest.md) or ' +
    'declare it under `customCategories` with its label and flags.',
  check({ manifest, report }) {
    manifest.categories.forEach((category, i) => {
      if (resolveCategory(category.id, manifest)) return;
      report(['categories', i, 'id'], `Category "${category.id}" is not in the Pledge taxonomy and not declared in customCategories.`);
    });
  },
};
