import { type Language, LANGUAGES, type LocalizedText, type Manifest, resolveCategory, resolveSubjectLabel } from '@pledge/manifest';
import { CATALOGUES } from '../messages/catalogue.ts';
import type { Messages } from '../messages/en.ts';
import { plainDuration } from '../text/durations.ts';
import { pickText, type AnyLocalized } from '../text/localize.ts';
import type { ChangeArea, ChangeKind, ChangeSummary, L10n, ManifestChange } from './change-types.ts';

const LIST_LOCALE: Readonly<Record<Language, string>> = { en: 'en-GB', nl: 'nl', de: 'de' };

/** The two manifests and the helpers every area's diff uses to name things and find the purposes a change touches. */
export interface DiffContext {
  before: Manifest;
  after: Manifest;
  /** Words a value in every language with that language's catalogue. */
  l10n(word: (t: Messages, lang: Language) => string): L10n;
  text(value: AnyLocalized | undefined, manifest?: Manifest): L10n;
  categoryLabel(id: string): L10n;
  categoryList(ids: readonly string[]): L10n;
  purposeLabel(id: string): L10n;
  subjectList(ids: readonly string[]): L10n;
  duration(iso: string | undefined, fallback: (t: Messages) => string): L10n;
  list(lang: Language, items: readonly string[]): string;
  change(fields: ChangeFields): ManifestChange;
}

export interface ChangeFields {
  kind: ChangeKind;
  area: ChangeArea;
  id: string;
  field?: string;
  before?: unknown;
  after?: unknown;
  material: boolean;
  reason: string;
  purposes?: readonly string[];
  summary: ChangeSummary;
}

export function createDiffContext(before: Manifest, after: Manifest): DiffContext {
  const list = (lang: Language, items: readonly string[]) => new Intl.ListFormat(LIST_LOCALE[lang], { type: 'conjunction' }).format(items);
  const l10n = (word: (t: Messages, lang: Language) => string): L10n =>
    Object.fromEntries(LANGUAGES.map((lang) => [lang, word(CATALOGUES[lang], lang)])) as Record<Language, string>;
  const text = (value: AnyLocalized | undefined, manifest: Manifest = after): L10n =>
    l10n((_, lang) => pickText(value, lang, manifest.notice.defaultLanguage)?.text ?? '');
  const categoryLabel = (id: string): L10n => {
    const resolved = resolveCategory(id, after) ?? resolveCategory(id, before);
    return l10n((_, lang) => pickText(resolved?.label, lang, after.notice.defaultLanguage)?.text ?? id);
  };
  const purposeLabel = (id: string): L10n => {
    const purpose = after.purposes.find((p) => p.id === id) ?? before.purposes.find((p) => p.id === id);
    return purpose ? text(purpose.name as LocalizedText) : l10n(() => id);
  };
  const consentBased = (id: string) =>
    after.purposes.some((p) => p.id === id && Object.values(p.lawfulBasis).some((b) => b?.basis === 'consent'));
  return {
    before,
    after,
    l10n,
    text,
    categoryLabel,
    categoryList: (ids) => l10n((_, lang) => list(lang, ids.map((id) => categoryLabel(id)[lang]))),
    purposeLabel,
    subjectList: (ids) =>
      l10n((_, lang) => list(lang, ids.map((id) => pickText(resolveSubjectLabel(id, after), lang, after.notice.defaultLanguage)?.text ?? id))),
    duration: (iso, fallback) => l10n((t, lang) => (iso === undefined ? fallback(t) : plainDuration(iso, t, (parts) => list(lang, parts)))),
    list,
    change: (fields) => {
      const purposes = [...new Set(fields.purposes ?? [])];
      return { ...fields, purposes, consentPurposes: purposes.filter(consentBased) };
    },
  };
}

/** Pairs elements of two lists by key: [key, before, after], in the newer list's order, removed ones last. */
export function pairById<T>(before: readonly T[], after: readonly T[], key: (x: T) => string): Array<[string, T | undefined, T | undefined]> {
  const old = new Map(before.map((x) => [key(x), x]));
  const now = new Map(after.map((x) => [key(x), x]));
  const keys = [...now.keys(), ...[...old.keys()].filter((k) => !now.has(k))];
  return keys.map((k) => [k, old.get(k), now.get(k)]);
}

/** Items of `next` that are not in `prev`. */
export const addedItems = <T>(prev: readonly T[], next: readonly T[]): T[] => next.filter((x) => !prev.includes(x));

/** Whether two values are structurally equal (manifests are plain data). */
export const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
