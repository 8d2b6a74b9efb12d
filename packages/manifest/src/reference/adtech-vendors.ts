/**
 * Well-known advertising and cross-site tracking providers, with the cookies and script hosts that give them away.
 * A cookie on this list is never strictly necessary: it tracks for advertising, which needs consent
 * (ePrivacy Directive Art. 5(3); GDPR Art. 6(1)(a)). Cookie names are the platform's entries in the Open Cookie
 * Database (checked against the shipped copy by adtech-vendors.test.ts), mostly filed there under "Marketing"; it files
 * DoubleClick's test_cookie and LinkedIn's li_fat_id and AnalyticsSyncHistory elsewhere, but they exist only to serve
 * the vendor's ads. Criteo's come from Criteo's own cookie notice, as the database lacks them. Short generic names
 * (Facebook's `fr`, Quantcast's `mc`, Microsoft's `MR`, Xandr's `icu`) are left out so a company's own cookie of the
 * same name is not mistaken for ad tech. A trailing `*` marks a prefix.
 */
export interface AdtechVendor {
  id: string;
  name: string;
  cookies: readonly string[];
  /** Hostnames (or parent domains) its tags load from. */
  scriptHosts: readonly string[];
}

export const ADTECH_VENDORS: readonly AdtechVendor[] = [
  {
    id: 'google-ads',
    name: 'Google Ads / DoubleClick (Google)',
    cookies: ['IDE', 'DSID', 'test_cookie', '_gcl_*', '__gads', '__gpi', '__gsas', 'ar_debug'],
    scriptHosts: ['doubleclick.net', 'googleadservices.com', 'googlesyndication.com'],
  },
  { id: 'meta', name: 'Meta Pixel (Facebook)', cookies: ['_fbp', '_fbc'], scriptHosts: ['connect.facebook.net'] },
  {
    id: 'linkedin',
    name: 'LinkedIn Insight Tag',
    cookies: ['li_sugr', 'bcookie', 'bscookie', 'lidc', 'UserMatchHistory', 'AnalyticsSyncHistory', 'li_fat_id'],
    scriptHosts: ['snap.licdn.com', 'px.ads.linkedin.com'],
  },
  { id: 'tiktok', name: 'TikTok Pixel', cookies: ['_ttp', '_tt_enable_cookie', 'ttwid'], scriptHosts: ['analytics.tiktok.com'] },
  { id: 'criteo', name: 'Criteo', cookies: ['cto_bundle', 'cto_bidid'], scriptHosts: ['criteo.net', 'criteo.com'] },
  { id: 'microsoft-ads', name: 'Microsoft Advertising (Bing UET)', cookies: ['_uetsid', '_uetvid', 'MUID'], scriptHosts: ['bat.bing.com'] },
  { id: 'x', name: 'X (Twitter) Ads', cookies: ['personalization_id', 'muc_ads', 'guest_id'], scriptHosts: ['static.ads-twitter.com', 'analytics.twitter.com'] },
  {
    id: 'pinterest',
    name: 'Pinterest Tag',
    cookies: ['_pin_unauth', '_pinterest_ct_ua', '_pinterest_ct_rt', '_epik', '_derived_epik'],
    scriptHosts: ['s.pinimg.com', 'ct.pinterest.com'],
  },
  { id: 'taboola', name: 'Taboola', cookies: ['t_gid', 'taboola_session_id'], scriptHosts: ['cdn.taboola.com'] },
  { id: 'outbrain', name: 'Outbrain', cookies: ['obuid'], scriptHosts: ['outbrain.com'] },
  { id: 'xandr', name: 'Xandr (AppNexus, Microsoft)', cookies: ['uuid2', 'anj'], scriptHosts: ['adnxs.com'] },
  { id: 'the-trade-desk', name: 'The Trade Desk', cookies: ['TDID', 'TDCPM'], scriptHosts: ['adsrvr.org'] },
  {
    id: 'hubspot',
    name: 'HubSpot tracking',
    cookies: ['__hstc', 'hubspotutk', '__hssc', '__hssrc'],
    scriptHosts: ['js.hs-scripts.com', 'js.hs-analytics.net'],
  },
  { id: 'snapchat', name: 'Snap Pixel (Snapchat)', cookies: ['_scid', 'sc_at'], scriptHosts: ['sc-static.net'] },
  { id: 'quantcast', name: 'Quantcast', cookies: ['__qca'], scriptHosts: ['quantserve.com'] },
  { id: 'amazon-ads', name: 'Amazon Ads', cookies: ['ad-id', 'ad-privacy'], scriptHosts: ['amazon-adsystem.com'] },
];

/** Whether two cookie names can denote the same cookie; either may be a prefix pattern ending in `*`. */
export function cookieNamesOverlap(a: string, b: string): boolean {
  const aPrefix = a.endsWith('*') ? a.slice(0, -1) : undefined;
  const bPrefix = b.endsWith('*') ? b.slice(0, -1) : undefined;
  if (aPrefix !== undefined && bPrefix !== undefined) return aPrefix.startsWith(bPrefix) || bPrefix.startsWith(aPrefix);
  if (aPrefix !== undefined) return b.startsWith(aPrefix);
  if (bPrefix !== undefined) return a.startsWith(bPrefix);
  return a === b;
}

/** The ad-tech vendor whose cookie this is (a declared `_gcl_*` matches Google's `_gcl_` cookies too). */
export function findAdtechVendorByCookie(name: string): AdtechVendor | undefined {
  return ADTECH_VENDORS.find((vendor) => vendor.cookies.some((cookie) => cookieNamesOverlap(cookie, name)));
}

/** The ad-tech vendor a script URL (e.g. a cookie's `setBy`) loads from. */
export function findAdtechVendorByScript(url: string): AdtechVendor | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return ADTECH_VENDORS.find((vendor) => vendor.scriptHosts.some((h) => host === h || host.endsWith(`.${h}`)));
}
