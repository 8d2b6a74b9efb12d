import type { LintRule } from '../rule.ts';
import { cookieLabel } from '../support/labels.ts';
import { lookupCookie } from '../support/reference-data.ts';

export const analyticsCookieAsEssential: LintRule = {
  code: 'PLG157',
  name: 'analytics-cookie-as-essential',
  severity: 'warning',
  summary: 'A cookie the Open Cookie Database lists as analytics is declared strictly necessary.',
  help:
    'Analytics is not strictly necessary for a service the person asked for, so it needs consent (ePrivacy Art. 5(3); EDPB ' +
    'Guidelines 2/2023). Only narrowly configured first-party audience measurement may be exempt in some countries (CNIL). ' +
    'Set the category to analytics, or accept this finding with the exemption you rely on.',
  check({ manifest, report }) {
    manifest.cookies.forEach((cookie, i) => {
      if (cookie.category !== 'strictly_necessary') return;
      const known = lookupCookie(cookie.name);
      if (known?.category !== 'analytics') return;
      report(['cookies', i, 'category'], `${cookieLabel(cookie)} is declared strictly necessary, but the Open Cookie Database lists it as analytics (${known.platform}); analytics needs consent (ePrivacy Art. 5(3)).`);
    });
  },
};
