import type { LintRule } from '../rule.ts';

export const defaultLanguageNotListed: LintRule = {
  code: 'PLG131',
  name: 'default-language-not-listed',
  severity: 'error',
  summary: '`notice.defaultLanguage` is not one of `notice.languages`.',
  help:
    'Plain strings in the manifest are taken to be in the default language, and the notice falls back to it; if it is not ' +
    'published, those texts appear in no version of the notice (GDPR Art. 12(1)). Add the default language to ' +
    '`notice.languages`, or choose one of them as the default.',
  check({ manifest, report }) {
    const { languages, defaultLanguage } = manifest.notice;
    if (languages.includes(defaultLanguage)) return;
    report(['notice', 'defaultLanguage'], `The default language "${defaultLanguage}" is not one of the notice languages (${languages.join(', ')}), so texts written in it are never published.`);
  },
};
