import { countryName, type Language, type LocalizedText, type Manifest, resolveCategory, resolveSubjectLabel } from '@pledge/manifest';
import { CATALOGUES } from '../messages/catalogue.ts';
import type { MessageKey, Messages } from '../messages/en.ts';
import { plainDuration } from '../text/durations.ts';
import { pickText, type AnyLocalized } from '../text/localize.ts';
import { fill, text, type Fill } from './inline.ts';
import type { Inline, Rich, TextInline } from './notice-model.ts';
import type { NoticeLinks, NoticeModelOptions, NoticeVersion } from './notice-options.ts';

type DeclaredCategory = Manifest['categories'][number];

/** Everything a section builder needs: the manifest, the language, and helpers that word things in that language. */
export interface NoticeContext {
  manifest: Manifest;
  lang: Language;
  defaultLanguage: Language;
  t: Messages;
  links: NoticeLinks;
  version?: NoticeVersion;
  /** Languages that manifest texts fell back to, so the notice can say so. */
  fallbacks: Set<Language>;
  say(key: MessageKey, values?: Readonly<Record<string, Fill>>): Inline[];
  local(value: AnyLocalized | undefined): TextInline | undefined;
  /** Like `local`, for citations of a statute by its own title, which are not translated (not reported as missing). */
  citation(value: AnyLocalized | undefined): TextInline | undefined;
  words(items: readonly string[]): string;
  /** "a, b or c", for alternatives. */
  alternatives(items: readonly string[]): string;
  listRich(items: readonly Rich[]): Inline[];
  duration(iso: string): string;
  date(iso: string): string;
  country(code: string): string;
  category(id: string): TextInline;
  categoryDescription(declared: DeclaredCategory): TextInline | undefined;
  subject(id: string): TextInline;
  purposeName(id: string): TextInline;
}

const LIST_LOCALE: Readonly<Record<Language, string>> = { en: 'en-GB', nl: 'nl', de: 'de' };

export function createNoticeContext(manifest: Manifest, lang: Language, options: NoticeModelOptions = {}): NoticeContext {
  const t = CATALOGUES[lang];
  const defaultLanguage = manifest.notice.defaultLanguage;
  const fallbacks = new Set<Language>();
  const lists = new Intl.ListFormat(LIST_LOCALE[lang], { type: 'conjunction' });

  const pick = (value: AnyLocalized | undefined, report: boolean): TextInline | undefined => {
    const picked = pickText(value, lang, defaultLanguage);
    if (!picked) return undefined;
    if (picked.lang === lang) return text(picked.text);
    if (report) fallbacks.add(picked.lang);
    return text(picked.text, { lang: picked.lang });
  };
  const local = (value: AnyLocalized | undefined) => pick(value, true);
  // The list pattern depends only on the number of items: work it out once per length.
  const patterns = new Map<number, ReturnType<Intl.ListFormat['formatToParts']>>();
  const pattern = (n: number) => patterns.get(n) ?? patterns.set(n, lists.formatToParts(Array.from({ length: n }, (_, i) => String(i)))).get(n)!;
  const listRich = (items: readonly Rich[]): Inline[] =>
    pattern(items.length).flatMap((part) => (part.type === 'element' ? [...(items[Number(part.value)] ?? [])] : [text(part.value)]));
  const words = (items: readonly string[]): string => lists.format(items);
  const purposes = new Map(manifest.purposes.map((p) => [p.id, p]));
  const memo = <T>(fn: (key: string) => T): ((key: string) => T) => {
    const cache = new Map<string, T>();
    return (key) => (cache.has(key) ? cache.get(key)! : cache.set(key, fn(key)).get(key)!);
  };

  return {
    manifest,
    lang,
    defaultLanguage,
    t,
    links: options.links ?? {},
    ...(options.version ? { version: options.version } : {}),
    fallbacks,
    say: (key, values) => fill(t[key], values),
    local,
    citation: (value) => pick(value, false),
    words,
    alternatives: (items) => new Intl.ListFormat(LIST_LOCALE[lang], { type: 'disjunction' }).format(items),
    listRich,
    duration: memo((iso) => plainDuration(iso, t, (parts) => words(parts))),
    date: (iso) => new Intl.DateTimeFormat(LIST_LOCALE[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`)),
    country: memo((code) => countryName(code, lang)),
    category: memo((id) => local(resolveCategory(id, manifest)?.label) ?? text(id)),
    categoryDescription: (declared) => local(declared.description) ?? local(resolveCategory(declared.id, manifest)?.description),
    subject: memo((id) => local(resolveSubjectLabel(id, manifest)) ?? text(id)),
    purposeName: memo((id) => {
      const purpose = purposes.get(id);
      return (purpose && local(purpose.name as LocalizedText)) ?? text(id);
    }),
  };
}
