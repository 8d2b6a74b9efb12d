/// <reference lib="dom" />
import { de } from './de.ts';
import { en, type MessageKey } from './en.ts';
import { nl } from './nl.ts';

export const UI_LANGUAGES = ['en', 'nl', 'de'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export type { MessageKey };

export const CATALOGUES: Readonly<Record<UiLanguage, Readonly<Record<MessageKey, string>>>> = { en, nl, de };

/** Each language named in itself, so a reader finds their own whatever language the page is in. */
export const LANGUAGE_NAMES: Readonly<Record<UiLanguage, string>> = { en: 'English', nl: 'Nederlands', de: 'Deutsch' };

const STORAGE_KEY = 'pledge.lang';

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** A remembered choice first, then the browser's preferred languages (`nl-BE` → `nl`), then English. */
export function detectLanguage(stored: string | null, preferred: readonly string[]): UiLanguage {
  if (isUiLanguage(stored)) return stored;
  for (const tag of preferred) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isUiLanguage(base)) return base;
  }
  return 'en';
}

export function initialLanguage(): UiLanguage {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be blocked; the browser's languages still apply.
  }
  return detectLanguage(stored, navigator.languages ?? [navigator.language]);
}

export function rememberLanguage(lang: UiLanguage): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered, but still switched for this page.
  }
}

/** `{name}` placeholders are filled from `values`; a missing value leaves the placeholder visible rather than hiding it. */
export function translate(lang: UiLanguage, key: MessageKey, values: Record<string, string | number> = {}): string {
  const template = CATALOGUES[lang][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Dates in the reader's language, in UTC, so staff in different zones see the same day for a deadline. */
export function formatDate(lang: UiLanguage, iso: string, withTime = false): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', ...(withTime ? { timeStyle: 'short' } : {}), timeZone: 'UTC' }).format(date);
}
