import type { Language, LocalizedText } from '../schema/common.ts';
import type { Translations } from './taxonomy-types.ts';

/** A manifest's LocalizedText as per-language strings; a plain string is in the notice's default language. */
export function toPartialTranslations(text: LocalizedText | undefined, defaultLanguage: Language): Partial<Translations> {
  if (text === undefined) return {};
  if (typeof text === 'string') return { [defaultLanguage]: text };
  return { ...text };
}
