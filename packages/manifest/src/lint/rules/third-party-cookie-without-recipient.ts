import type { LintRule } from '../rule.ts';
import { cookieLabel } from '../support/labels.ts';

export const thirdPartyCookieWithoutRecipient: LintRule = {
  code: 'PLG156',
  name: 'third-party-cookie-without-recipient',
  severity: 'warning',
  summary: 'A third-party cookie is not linked to a declared recipient.',
  help:
    'A third-party cookie sends data to its provider, who must appear among the recipients in the notice (GDPR Art. ' +
    '13(1)(e); CJEU C-40/17 Fashion ID for embedded plugins), with its country and transfer mechanism. Declare the provider ' +
    'under `recipients` and set `recipient` on the cookie.',
  check({ manifest, report }) {
    manifest.cookies.forEach((cookie, i) => {
      if (cookie.party !== 'third' || cookie.recipient !== undefined || cookie.category === 'strictly_necessary') return;
      report(['cookies', i, 'party'], `${cookieLabel(cookie)} is a third-party cookie, but no recipient is linked, so the notice does not name who receives the data (GDPR Art. 13(1)(e)).`);
    });
  },
};
