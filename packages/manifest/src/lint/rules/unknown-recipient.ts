import type { LintRule } from '../rule.ts';
import { cookieLabel } from '../support/labels.ts';

export const unknownRecipient: LintRule = {
  code: 'PLG119',
  name: 'unknown-recipient',
  severity: 'error',
  summary: 'A cookie or system refers to a recipient that is not declared in `recipients`.',
  help:
    'The notice must name the recipients of personal data (GDPR Art. 13(1)(e)), and rights requests are forwarded to them ' +
    '(Art. 19); a dangling recipient id hides a vendor. Declare the recipient, or correct the id.',
  check({ manifest, report }) {
    const ids = new Set(manifest.recipients.map((r) => r.id));
    manifest.cookies.forEach((c, i) => {
      if (c.recipient !== undefined && !ids.has(c.recipient)) report(['cookies', i, 'recipient'], `${cookieLabel(c)} refers to recipient "${c.recipient}", which is not declared in recipients.`);
    });
    manifest.systems.forEach((s, i) => {
      if (s.recipient !== undefined && !ids.has(s.recipient)) report(['systems', i, 'recipient'], `System "${s.id}" refers to recipient "${s.recipient}", which is not declared in recipients.`);
    });
  },
};
