import type { LintRule } from '../rule.ts';

export const thirdPartySourceUndisclosed: LintRule = {
  code: 'PLG135',
  name: 'third-party-source-undisclosed',
  severity: 'warning',
  summary: 'A category obtained from third parties does not say from whom.',
  help:
    'When data is not obtained from the person, the notice must state its source (GDPR Art. 14(2)(f); LGPD Art. 9). ' +
    'Describe the source in `sourceDetails` (e.g. "Social login providers such as Google, when you sign in with them").',
  check({ manifest, report }) {
    manifest.categories.forEach((category, i) => {
      if (!category.sources.includes('third_party') || category.sourceDetails) return;
      report(['categories', i, 'sources', category.sources.indexOf('third_party')], `Category "${category.id}" is received from third parties, but sourceDetails does not say from whom (GDPR Art. 14(2)(f)).`);
    });
  },
};
