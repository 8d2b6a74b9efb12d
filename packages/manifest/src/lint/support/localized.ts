import type { Language, LocalizedText } from '../../schema/common.ts';

/** The languages a LocalizedText is written in; a plain string is in the notice's default language only. */
export function languagesOf(text: LocalizedText, defaultLanguage: Language): Language[] {
  if (typeof text === 'string') return [defaultLanguage];
  return (Object.keys(text) as Language[]).filter((l) => text[l] !== undefined);
}

/** One readable version of the text, for quoting it in a message. */
export function anyText(text: LocalizedText | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return text;
  return text.en ?? text.nl ?? text.de;
}
