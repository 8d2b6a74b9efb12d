import { createHash } from 'node:crypto';
import { compileBannerConfig, type BannerConfig, type Manifest } from '@pledge/manifest';
import type { Db } from '../db/database.ts';
import { purposesNeedingRenewalSince } from '../notice/consent-renewal.ts';
import { findLatestNoticeNumber } from '../notice/notice.repository.ts';
import type { ConsentCatalogue } from './consent-catalogue.ts';

export interface ServedBannerConfig {
  config: BannerConfig;
  /** Strong validator of the JSON body (RFC 9110 §8.8.3). */
  etag: string;
  json: string;
}

/**
 * The banner config for one language and GPC state, tied to the published notice: `noticeVersion` is the latest
 * published version number ("0" before the first), and `renewBefore` the publication time of the latest material
 * version that changed a purpose the banner asks about, so choices made before it are asked again.
 */
export async function serveBannerConfig(
  db: Db,
  manifest: Manifest,
  catalogue: ConsentCatalogue,
  options: { lang: string | undefined; gpc: boolean },
): Promise<ServedBannerConfig> {
  const [latest, renewals] = await Promise.all([findLatestNoticeNumber(db), purposesNeedingRenewalSince(db)]);
  let renewBefore: Date | undefined;
  for (const [purpose, renewal] of renewals) {
    if (!catalogue.categoriesOfPurpose.has(purpose)) continue;
    if (!renewBefore || renewal.publishedAt > renewBefore) renewBefore = renewal.publishedAt;
  }
  const config = compileBannerConfig(manifest, {
    lang: options.lang,
    gpc: options.gpc,
    noticeVersion: String(latest ?? 0),
    ...(renewBefore ? { renewBefore: renewBefore.toISOString() } : {}),
  });
  const json = JSON.stringify(config);
  return { config, json, etag: `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"` };
}

/** The language the banner asked for, else the first language of Accept-Language; compileBannerConfig falls back further. */
export function requestedLanguage(lang: string | undefined, acceptLanguage: string | undefined): string | undefined {
  return lang ?? acceptLanguage?.split(',')[0]?.split(';')[0]?.trim();
}

/** RFC 9110 §13.1.2: If-None-Match is a list of entity tags, or `*`. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}
