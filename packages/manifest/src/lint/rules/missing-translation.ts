import type { LintRule } from '../rule.ts';
import { formatPath } from '../finding.ts';
import { forEachLocalizedText } from '../support/localized-fields.ts';
import { languagesOf } from '../support/localized.ts';
import { listWords } from '../support/labels.ts';

/** Citations name a statute by its own title, which is not translated (e.g. "Algemene wet inzake rijksbelastingen"). */
const UNTRANSLATED_FIELDS = new Set(['legalReference']);

export const missingTranslation: LintRule = {
  code: 'PLG130',
  name: 'missing-translation',
  severity: 'warning',
  summary: 'A text lacks one of the notice languages (a plain string counts as the default language only).',
  help:
    'Information must be intelligible to the people it addresses (GDPR Art. 12(1)); a notice published in a language ' +
    'must be complete in it, or the untranslated text is shown in another language. Write the text as ' +
    '`{ en: ..., nl: ... }` with every language in `notice.languages`.',
  check({ manifest, report }) {
    const { languages, defaultLanguage } = manifest.notice;
    forEachLocalizedText(manifest, (text, path) => {
      if (UNTRANSLATED_FIELDS.has(String(path[path.length - 1]))) return;
      const present = languagesOf(text, defaultLanguage);
      const missing = languages.filter((l) => !present.includes(l));
      if (missing.length === 0) return;
      report(path, `The text at ${formatPath(path)} has no ${listWords(missing)} version, but the notice is published in ${listWords(languages)} (GDPR Art. 12(1)).`);
    });
  },
};
