/// <reference lib="dom" />
import type { BannerConfig, ConsentModeKey } from './types.ts';

type Values = Record<ConsentModeKey, 'granted' | 'denied'>;

// Google's gtag() snippet: commands are pushed to dataLayer as `arguments` objects, which gtag.js and GTM expect.
export function gtag(..._args: unknown[]): void {
  const w = window as unknown as { dataLayer?: unknown[] };
  (w.dataLayer = w.dataLayer || []).push(arguments);
}

/** Consent Mode v2 `default` before any tag: everything denied but security storage; tags wait 500 ms for the update. */
export function pushConsentDefault(): void {
  const values: Record<string, string | number> = { wait_for_update: 500 };
  for (const key of 'ad_storage ad_user_data ad_personalization analytics_storage functionality_storage personalization_storage security_storage'.split(' ')) {
    values[key] = key === 'security_storage' ? 'granted' : 'denied';
  }
  gtag('consent', 'default', values);
}

export function consentModeValues(config: BannerConfig, allowed: (category: string) => boolean): Values {
  const values = {} as Values;
  for (const key of Object.keys(config.consentMode) as ConsentModeKey[]) {
    const category = config.consentMode[key];
    values[key] = category === null || allowed(category) ? 'granted' : 'denied';
  }
  return values;
}
