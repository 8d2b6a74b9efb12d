import { readFileSync } from 'node:fs';
import type { COOKIE_CATEGORIES } from '../schema/cookies.ts';
import { parseCsv } from './csv.ts';

/**
 * The Open Cookie Database (github.com/jkwakman/Open-Cookie-Database, Apache-2.0), shipped in
 * packages/manifest/data/open-cookie-database/ with its LICENSE and NOTICE. Used to suggest a provider, category and
 * lifetime for a cookie found on a site; the company still decides what it declares.
 */

type PledgeCookieCategory = (typeof COOKIE_CATEGORIES)[number];

export interface OpenCookieEntry {
  id: string;
  platform: string;
  /** The database's own category: Functional, Marketing, Analytics, Security, Necessary or Personalization. */
  sourceCategory: string;
  category: PledgeCookieCategory | undefined;
  /** Without a trailing `*`; see `wildcard`. */
  name: string;
  /** The name is a prefix: `_ga_` matches `_ga_ABC123`. */
  wildcard: boolean;
  domain: string;
  description: string;
  retentionText: string;
  /** `session`, or an ISO 8601 duration the manifest schema accepts (sub-day lifetimes rounded up to P1D). */
  retention: 'session' | string | undefined;
  dataController: string;
  privacyUrl: string;
}

export interface CookieLookup {
  platform: string;
  category: PledgeCookieCategory | undefined;
  retention: 'session' | string | undefined;
  retentionText: string;
  wildcard: boolean;
  entry: OpenCookieEntry;
}

const DATA_FILE = new URL('../../data/open-cookie-database/open-cookie-database.csv', import.meta.url);

/**
 * "Functional" also holds strictly necessary cookies, but which ones is for the company to say, so it maps to the
 * weaker claim. "Marketing" mixes ad pixels with social plugins (Facebook's `_fbp` is an ad cookie), so it always maps to
 * advertising; `social_media` is never guessed.
 */
export function mapOpenCookieCategory(category: string): PledgeCookieCategory | undefined {
  switch (category.trim().toLowerCase()) {
    case 'functional':
    case 'personalization':
      return 'functional';
    case 'necessary':
    case 'security':
      return 'strictly_necessary';
    case 'analytics':
      return 'analytics';
    case 'marketing':
      return 'advertising';
    default:
      return undefined;
  }
}

const UNIT = /^(\d+)\s*(sec|secs|seconds?|mins?|minutes?|hours?|days?|weeks?|months?|years?)$/i;

/** Free-text retention ("1 year", "Session", "24 hours") as `session` or an ISO duration; undefined when it is vague. */
export function normaliseRetention(text: string): 'session' | string | undefined {
  const t = text.trim();
  if (/^(sessions?|session cookie|end of session.*)$/i.test(t)) return 'session';
  const match = UNIT.exec(t);
  if (!match) return undefined;
  const n = Number(match[1]);
  const unit = (match[2] ?? '').toLowerCase();
  if (n === 0) return 'session';
  if (unit.startsWith('y')) return `P${n}Y`;
  if (unit.startsWith('mo')) return `P${n}M`;
  if (unit.startsWith('w')) return `P${n}W`;
  if (unit.startsWith('d')) return `P${n}D`;
  const seconds = unit.startsWith('h') ? n * 3600 : unit.startsWith('mi') ? n * 60 : n;
  return `P${Math.max(1, Math.ceil(seconds / 86_400))}D`;
}

const COLUMNS = {
  id: 'ID', platform: 'Platform', category: 'Category', name: 'Cookie / Data Key name', domain: 'Domain',
  description: 'Description', retention: 'Retention period', controller: 'Data Controller',
  privacy: 'User Privacy & GDPR Rights Portals', wildcard: 'Wildcard match',
} as const;

export function parseOpenCookieDatabase(csv: string): OpenCookieEntry[] {
  const [header, ...rows] = parseCsv(csv);
  if (!header) return [];
  const index = Object.fromEntries(
    Object.entries(COLUMNS).map(([key, title]) => {
      const at = header.indexOf(title);
      if (at === -1) throw new Error(`Open Cookie Database: missing column "${title}"`);
      return [key, at];
    }),
  ) as Record<keyof typeof COLUMNS, number>;

  return rows
    .filter((row) => row.length > 1)
    .map((row) => {
      const get = (key: keyof typeof COLUMNS): string => (row[index[key]] ?? '').trim();
      const rawName = get('name');
      // A few rows write the prefix with a trailing `*` instead of setting the wildcard flag.
      const starred = rawName.endsWith('*');
      return {
        id: get('id'),
        platform: get('platform'),
        sourceCategory: get('category'),
        category: mapOpenCookieCategory(get('category')),
        name: starred ? rawName.slice(0, -1) : rawName,
        wildcard: starred || get('wildcard') === '1',
        domain: get('domain'),
        description: get('description'),
        retentionText: get('retention'),
        retention: normaliseRetention(get('retention')),
        dataController: get('controller'),
        privacyUrl: get('privacy'),
      };
    })
    .filter((entry) => entry.name !== '');
}

export class OpenCookieDatabase {
  readonly entries: readonly OpenCookieEntry[];
  private readonly exact = new Map<string, OpenCookieEntry>();
  private readonly prefixes: OpenCookieEntry[];

  constructor(entries: readonly OpenCookieEntry[]) {
    this.entries = entries;
    for (const entry of entries) {
      // First entry wins for the few names listed twice (e.g. DSID under "Google" and "DoubleClick").
      if (!entry.wildcard && !this.exact.has(entry.name)) this.exact.set(entry.name, entry);
    }
    this.prefixes = entries.filter((e) => e.wildcard).sort((a, b) => b.name.length - a.name.length);
  }

  /**
   * Finds a cookie by its exact name, else by the longest wildcard prefix that matches. A declared pattern such as
   * `_ga_*` is looked up as the prefix `_ga_`.
   */
  lookup(name: string): CookieLookup | undefined {
    const pattern = name.endsWith('*');
    const key = pattern ? name.slice(0, -1) : name;
    const entry = pattern
      ? this.prefixes.find((e) => e.name === key) ?? this.exact.get(key)
      : this.exact.get(key) ?? this.prefixes.find((e) => key.startsWith(e.name));
    if (!entry) return undefined;
    return {
      platform: entry.platform,
      category: entry.category,
      retention: entry.retention,
      retentionText: entry.retentionText,
      wildcard: entry.wildcard,
      entry,
    };
  }
}

let shipped: OpenCookieDatabase | undefined;

/** The database shipped with Pledge, read once. */
export function loadOpenCookieDatabase(): OpenCookieDatabase {
  shipped ??= new OpenCookieDatabase(parseOpenCookieDatabase(readFileSync(DATA_FILE, 'utf8')));
  return shipped;
}

/** Looks a cookie or storage key up in the shipped Open Cookie Database. */
export function lookupCookie(name: string): CookieLookup | undefined {
  return loadOpenCookieDatabase().lookup(name);
}
