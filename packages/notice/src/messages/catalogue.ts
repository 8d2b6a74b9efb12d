import type { Language } from '@pledge/manifest';
import { de } from './de.ts';
import { en, type Messages } from './en.ts';
import { nl } from './nl.ts';

export const CATALOGUES: Readonly<Record<Language, Messages>> = { en, nl, de };

export function messagesFor(lang: Language): Messages {
  return CATALOGUES[lang];
}
