import type { LintRule } from '../rule.ts';
import { describeDuration } from '../support/durations.ts';
import { durationToDays } from '../support/reference-data.ts';

/** CNIL Délibération 2020-091 §4 and EDPB practice: ask again at most every 13 months. */
const LIMIT = 'P13M';

export const consentExpiryTooLong: LintRule = {
  code: 'PLG132',
  name: 'consent-expiry-too-long',
  severity: 'error',
  summary: 'A cookie consent is kept for more than 13 months before asking again.',
  help:
    'Consent must stay informed and current (GDPR Art. 4(11), 7; ePrivacy Art. 5(3)); supervisory authorities (CNIL ' +
    'Délibération 2020-091, EDPB Cookie Banner Taskforce) expect a choice to be renewed at most every 13 months. Set ' +
    '`cookieSettings.consentExpiry` to P13M or less.',
  check({ manifest, report }) {
    const expiry = manifest.cookieSettings.consentExpiry;
    if (durationToDays(expiry) <= durationToDays(LIMIT)) return;
    report(['cookieSettings', 'consentExpiry'], `Cookie consent is kept for ${describeDuration(expiry)}, longer than the 13 months after which it must be asked again (CNIL 2020-091, ePrivacy Art. 5(3)).`);
  },
};
