import type { Language, LocalizedText } from '@pledge/manifest';

/** Text per language as the manifest or the taxonomy gives it. */
export type AnyLocalized = LocalizedText | Partial<Record<Language, string>>;

export interface PickedText {
  text: string;
  /** The language the text is actually written in. */
  lang: Language;
}

const ORDER: readonly Language[] = ['en', 'nl', 'de'];

/**
 * The text in `lang`; when it is missing, the default language's version, then any version, so a section is never
 * empty (GDPR Art. 12(1) asks for intelligible text, a blank is not). A plain string is in the default language.
 */
export function pickText(value: AnyLocalized | undefined, lang: Language, defaultLanguage: Language): PickedText | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return { text: value, lang: defaultLanguage };
  for (const candidate of [lang, defaultLanguage, ...ORDER]) {
    const found = value[candidate];
    if (found) return { text: found, lang: candidate };
  }
  return undefined;
}
