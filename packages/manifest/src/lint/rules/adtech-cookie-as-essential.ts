import type { LintRule } from '../rule.ts';
import { cookieLabel } from '../support/labels.ts';
import { findAdtechVendorByCookie, findAdtechVendorByScript, lookupCookie } from '../support/reference-data.ts';

type Cookie = Parameters<LintRule['check']>[0]['manifest']['cookies'][number];

/** Why the cookie is known to track for advertising, or undefined. */
function trackingEvidence(cookie: Cookie): string | undefined {
  const vendor = findAdtechVendorByCookie(cookie.name) ?? cookie.setBy.map(findAdtechVendorByScript).find(Boolean);
  if (vendor) return `it belongs to ${vendor.name}, an advertising tracker`;
  const known = lookupCookie(cookie.name);
  if (known?.category === 'advertising' || known?.category === 'social_media') {
    return `the Open Cookie Database lists it as ${known.entry.sourceCategory} (${known.platform})`;
  }
  return undefined;
}

export const adtechCookieAsEssential: LintRule = {
  code: 'PLG108',
  name: 'adtech-cookie-as-essential',
  severity: 'error',
  summary: 'An advertising or social-media cookie is declared strictly necessary or functional.',
  help:
    'Only storage strictly necessary for a service the person asked for is exempt from consent (ePrivacy Directive Art. 5(3); ' +
    'EDPB Guidelines 2/2023). Advertising and social-media trackers never are, and labelling them "strictly necessary" or ' +
    '"functional" loads them before consent. Set the category to advertising or social_media.',
  check({ manifest, report }) {
    manifest.cookies.forEach((cookie, i) => {
      if (cookie.category !== 'strictly_necessary' && cookie.category !== 'functional') return;
      const evidence = trackingEvidence(cookie);
      if (!evidence) return;
      report(['cookies', i, 'category'], `${cookieLabel(cookie)} is declared ${cookie.category}, but ${evidence}; it needs consent before it is set (ePrivacy Art. 5(3)).`);
    });
  },
};
