// Compiles the manifest into the JSON the consent banner reads (served at /v1/banner/config, cacheable per
// language and GPC header). The banner knows nothing of the manifest: everything it shows or decides comes from here.
import { createHash } from 'node:crypto';
import { durationToDays } from '../reference/deadlines.ts';
import { LANGUAGES, type Language, type LocalizedText } from '../schema/common.ts';
import { COOKIE_CATEGORIES } from '../schema/cookies.ts';
import type { Manifest } from '../schema/manifest.ts';
import { BANNER_CATALOGUES, type BannerCatalogue } from './banner-texts.ts';
import { canonicalJson } from './canonical-json.ts';
import { manifestHash } from './manifest-hash.ts';

export type BannerCategoryId = (typeof COOKIE_CATEGORIES)[number];

/** Google Consent Mode v2 parameters, in the order Google documents them. */
export const CONSENT_MODE_KEYS = [
  'ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage',
  'functionality_storage', 'personalization_storage', 'security_storage',
] as const;
export type ConsentModeKey = (typeof CONSENT_MODE_KEYS)[number];

/** The name of the first-party cookie in which the banner keeps the choice. */
export const CONSENT_COOKIE = 'pledge_consent';

export interface BannerCookie {
  /** Exact name, or a prefix when it ends in `*`. */
  name: string;
  kind: 'cookie' | 'local_storage' | 'session_storage' | 'pixel' | 'indexed_db';
  provider: string;
  party: 'first' | 'third';
  /** Already in words, in the config's language ("13 months"). */
  duration: string;
  purpose: string;
  vendor?: string;
  domain?: string;
  path?: string;
  /** URL prefixes of scripts and embeds that set it: the banner blocks them until the category (and vendor) is granted. */
  setBy?: string[];
}

export interface BannerCategory {
  id: BannerCategoryId;
  /** Strictly necessary: always on, no toggle. */
  required: boolean;
  name: string;
  description: string;
  cookies: BannerCookie[];
  /** Ids of the vendors that set this category's cookies, each with its own toggle. */
  vendors: string[];
}

export interface BannerVendor {
  id: string;
  name: string;
  service: string;
  country: string;
  privacyPolicyUrl?: string;
}

export type BannerTexts = Omit<BannerCatalogue, 'units' | 'categories' | 'session' | 'and' | 'consentCookie' | 'bodyNecessaryOnly'>;

export interface BannerConfig {
  /** Format of this object; bumped on incompatible changes. */
  format: 1;
  language: Language;
  /** The notice version the choice is recorded against. */
  noticeVersion: string;
  /** SHA-256 (hex) of everything the banner shows: texts, categories, cookies, vendors (requirements §4: "what was shown"). */
  textVersion: string;
  /** ISO 8601 instant: a choice stored before it is asked again (set when the notice changed materially). */
  renewBefore?: string;
  consentExpiryDays: number;
  refusalExpiryDays: number;
  privacyUrl?: string;
  /** `detected`: the server saw `Sec-GPC: 1` on the request for this config. `off`: categories the signal switches off. */
  gpc: { honoured: boolean; detected: boolean; off: BannerCategoryId[] };
  dnt: { honoured: boolean; off: BannerCategoryId[] };
  /** Which category grants each Consent Mode parameter; `null` means always granted. */
  consentMode: Record<ConsentModeKey, BannerCategoryId | null>;
  categories: BannerCategory[];
  vendors: BannerVendor[];
  texts: BannerTexts;
  testMode?: boolean;
}

export type ConsentMethod = 'accept_all' | 'reject_all' | 'custom' | 'gpc' | 'dnt';

/** What the banner POSTs to the consent endpoint after every choice (the server adds time, user agent, truncated IP). */
export interface ConsentRecordBody {
  /** The site named by the script's `data-site`, if any. */
  site?: string;
  /** Random pseudonymous id kept in the consent cookie; the same across choices on this browser. */
  subjectId: string;
  /** Every category in the config; strictly necessary is always `true`. */
  choices: Partial<Record<BannerCategoryId, boolean>>;
  /** Every vendor in the config. */
  vendors: Record<string, boolean>;
  method: ConsentMethod;
  noticeVersion: string;
  textVersion: string;
  language: Language;
  consentMode: Record<ConsentModeKey, 'granted' | 'denied'>;
  /** The browser sent a GPC signal (navigator or `Sec-GPC: 1` seen by the server). */
  gpc: boolean;
  dnt: boolean;
  /** Set by test mode: not evidence of anyone's consent. */
  test?: true;
}

export interface BannerConfigOptions {
  /** The page's language (`nl`, `nl-NL`); falls back to the notice's default language. */
  lang?: string;
  noticeVersion?: string;
  /** The request carried `Sec-GPC: 1`. */
  gpc?: boolean;
  renewBefore?: string;
  testMode?: boolean;
}

const CONSENT_MODE_MAP: Record<ConsentModeKey, BannerCategoryId | null> = {
  ad_storage: 'advertising',
  ad_user_data: 'advertising',
  ad_personalization: 'advertising',
  analytics_storage: 'analytics',
  functionality_storage: 'functional',
  personalization_storage: 'functional',
  security_storage: null,
};

/** What a GPC effect switches off. Sharing and targeted advertising also cover social-media pixels (CCPA "cross-context behavioural advertising"). */
const GPC_EFFECTS: Record<Manifest['stances']['globalPrivacyControl']['effect'][number], BannerCategoryId[]> = {
  opt_out_sale: ['advertising'],
  opt_out_share: ['advertising', 'social_media'],
  opt_out_targeted_advertising: ['advertising', 'social_media'],
  reject_non_essential: ['functional', 'analytics', 'advertising', 'social_media'],
};
const TRACKING: BannerCategoryId[] = ['analytics', 'advertising', 'social_media'];

/** Pure: the same manifest and options always give the same config (and so the same `textVersion`). */
export function compileBannerConfig(manifest: Manifest, options: BannerConfigOptions = {}): BannerConfig {
  const language = pickLanguage(manifest, options.lang);
  const cat = BANNER_CATALOGUES[language];
  const text = (t: LocalizedText): string => localize(t, language, manifest.notice.defaultLanguage);
  const org = manifest.organisation.name;

  const recipients = new Map(manifest.recipients.map((r) => [r.id, r]));
  const vendors: BannerVendor[] = [];
  const categories: BannerCategory[] = [];
  for (const id of COOKIE_CATEGORIES) {
    const declared = manifest.cookies.filter((c) => c.category === id);
    const cookies: BannerCookie[] = declared.map((c) => ({
      name: c.name,
      kind: c.kind,
      provider: c.provider,
      party: c.party,
      duration: formatDuration(c.duration, cat),
      purpose: text(c.purpose),
      ...(c.recipient && recipients.has(c.recipient) ? { vendor: c.recipient } : {}),
      ...(c.domain ? { domain: c.domain } : {}),
      ...(c.path ? { path: c.path } : {}),
      ...(c.setBy.length > 0 ? { setBy: c.setBy } : {}),
    }));
    if (id === 'strictly_necessary' && !declared.some((c) => c.name === CONSENT_COOKIE)) {
      const expiry = manifest.cookieSettings.consentExpiry;
      cookies.push({ name: CONSENT_COOKIE, kind: 'cookie', provider: org, party: 'first', duration: formatDuration(expiry, cat), purpose: cat.consentCookie });
    }
    if (cookies.length === 0) continue;
    const vendorIds = [...new Set(cookies.flatMap((c) => (c.vendor ? [c.vendor] : [])))];
    for (const v of vendorIds) {
      if (vendors.some((x) => x.id === v)) continue;
      const r = recipients.get(v)!;
      vendors.push({ id: r.id, name: r.name, service: text(r.service), country: r.country, ...(r.privacyPolicyUrl ? { privacyPolicyUrl: r.privacyPolicyUrl } : {}) });
    }
    const words = cat.categories[id];
    categories.push({ id, required: id === 'strictly_necessary', name: words.name, description: words.description, cookies, vendors: vendorIds });
  }

  const present = new Set(categories.map((c) => c.id));
  const optional = categories.filter((c) => !c.required);
  const { units: _u, categories: _c, session: _s, and: _a, consentCookie: _k, bodyNecessaryOnly, ...words } = cat;
  const texts: BannerTexts = {
    ...words,
    body: optional.length === 0
      ? bodyNecessaryOnly.replaceAll('{org}', org)
      : words.body.replaceAll('{org}', org).replace('{list}', joinList(optional.map((c) => cat.categories[c.id].short), cat.and)),
  };

  const stances = manifest.stances;
  const gpcOff = !stances.globalPrivacyControl.honoured
    ? []
    : (stances.globalPrivacyControl.effect.length > 0 ? stances.globalPrivacyControl.effect : (['opt_out_sale', 'opt_out_share'] as const)).flatMap((e) => GPC_EFFECTS[e]);
  const shown = { texts, categories, vendors };

  return {
    format: 1,
    language,
    noticeVersion: options.noticeVersion ?? manifestHash(manifest),
    textVersion: createHash('sha256').update(canonicalJson({ language, ...shown })).digest('hex'),
    ...(options.renewBefore ? { renewBefore: new Date(options.renewBefore).toISOString() } : {}),
    consentExpiryDays: Math.floor(durationToDays(manifest.cookieSettings.consentExpiry)),
    refusalExpiryDays: Math.floor(durationToDays(manifest.cookieSettings.refusalExpiry)),
    ...(manifest.notice.url ? { privacyUrl: manifest.notice.url } : {}),
    gpc: { honoured: stances.globalPrivacyControl.honoured, detected: options.gpc === true, off: onlyPresent(gpcOff, present) },
    dnt: { honoured: stances.doNotTrack === 'honoured', off: stances.doNotTrack === 'honoured' ? onlyPresent(TRACKING, present) : [] },
    consentMode: { ...CONSENT_MODE_MAP },
    ...shown,
    ...(options.testMode ? { testMode: true } : {}),
  };
}

function pickLanguage(manifest: Manifest, requested: string | undefined): Language {
  const base = requested?.trim().slice(0, 2).toLowerCase();
  const known = LANGUAGES.find((l) => l === base);
  return known && manifest.notice.languages.includes(known) ? known : manifest.notice.defaultLanguage;
}

function localize(t: LocalizedText, language: Language, fallback: Language): string {
  if (typeof t === 'string') return t;
  return t[language] ?? t[fallback] ?? Object.values(t).find((v): v is string => typeof v === 'string') ?? '';
}

function onlyPresent(ids: readonly BannerCategoryId[], present: Set<BannerCategoryId>): BannerCategoryId[] {
  return COOKIE_CATEGORIES.filter((id) => ids.includes(id) && present.has(id) && id !== 'strictly_necessary');
}

function joinList(items: string[], and: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

/** "session", or an ISO 8601 duration in words: P13M → "13 months", P1Y6M → "1 year 6 months". */
export function formatDuration(duration: string, cat: BannerCatalogue): string {
  if (duration === 'session') return cat.session;
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(duration);
  if (!match) return duration;
  const units = ['year', 'month', 'week', 'day'] as const;
  return units
    .flatMap((unit, i) => {
      const n = Number(match[i + 1] ?? 0);
      return n > 0 ? [`${n} ${cat.units[unit][n === 1 ? 0 : 1]}`] : [];
    })
    .join(' ');
}
