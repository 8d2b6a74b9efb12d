/// <reference lib="dom" />
import { CONSENT_COOKIE, decodeChoice, encodeChoice, readCookie } from '../../../banner/src/consent-cookie.ts';
import type { BannerConfig } from '../api/types.ts';

/**
 * The privacy center speaks the banner's own cookie (packages/banner/src/consent-cookie.ts): on the same site the
 * banner and the center show and change one choice, under one pseudonymous subject id.
 */
export interface StoredChoice {
  subjectId: string;
  categories: Record<string, boolean>;
  receipt?: string;
}

export function readStoredChoice(): StoredChoice | undefined {
  const choice = decodeChoice(readCookie(CONSENT_COOKIE, document.cookie));
  return choice && { subjectId: choice.subjectId, categories: choice.categories, ...(choice.receipt ? { receipt: choice.receipt } : {}) };
}

export function newSubjectId(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function storeChoice(choice: StoredChoice, vendors: Record<string, boolean>, maxAgeDays: number): void {
  const value = encodeChoice({ subjectId: choice.subjectId, time: Date.now(), method: 'custom', categories: choice.categories, vendors, ...(choice.receipt ? { receipt: choice.receipt } : {}) });
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${CONSENT_COOKIE}=${value}; Path=/; Max-Age=${maxAgeDays * 86400}; SameSite=Lax${secure}`;
}

/** The record POST /v1/consents expects (the banner's ConsentRecordBody), for a choice made in the center. */
export function consentBody(config: BannerConfig, subjectId: string, categories: Record<string, boolean>) {
  const granted = (category: string | null) => category === null || categories[category] === true;
  const vendors = Object.fromEntries(config.vendors.map((v) => [v.id, config.categories.some((c) => categories[c.id] && c.vendors.includes(v.id))]));
  const consentMode = Object.fromEntries(Object.entries(config.consentMode).map(([key, category]) => [key, granted(category) ? 'granted' : 'denied']));
  const nav = navigator as Navigator & { globalPrivacyControl?: boolean };
  return {
    body: {
      site: 'privacy-center',
      subjectId,
      choices: categories,
      vendors,
      method: 'custom',
      noticeVersion: config.noticeVersion,
      textVersion: config.textVersion,
      language: config.language,
      consentMode,
      gpc: nav.globalPrivacyControl === true,
      dnt: navigator.doNotTrack === '1',
    },
    vendors,
  };
}
