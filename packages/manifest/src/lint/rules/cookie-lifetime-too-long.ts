import type { LintRule } from '../rule.ts';
import { cookieLabel } from '../support/labels.ts';
import { describeDuration } from '../support/durations.ts';
import { durationToDays } from '../support/reference-data.ts';

export const cookieLifetimeTooLong: LintRule = {
  code: 'PLG144',
  name: 'cookie-lifetime-too-long',
  severity: 'warning',
  summary: 'A persistent cookie lives longer than 13 months.',
  help:
    'Storage on a device must be limited to what its purpose needs (GDPR Art. 5(1)(e)); the CNIL (Délibération 2020-091) ' +
    'and the EDPB expect trackers to last at most 13 months, matching how often consent is renewed. Shorten the duration.',
  check({ manifest, report }) {
    manifest.cookies.forEach((cookie, i) => {
      if (cookie.duration === 'session' || durationToDays(cookie.duration) <= durationToDays('P13M')) return;
      report(['cookies', i, 'duration'], `${cookieLabel(cookie)} lasts ${describeDuration(cookie.duration)}, longer than the 13 months supervisory authorities accept for cookies (CNIL 2020-091).`);
    });
  },
};
