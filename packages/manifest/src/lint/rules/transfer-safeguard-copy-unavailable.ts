import type { LintRule } from '../rule.ts';
import { recipientLabel } from '../support/labels.ts';

/** Art. 46 safeguards are documents a person can ask for; adequacy, the DPF and derogations are not. */
const SAFEGUARD_DOCUMENTS = new Set(['eu_sccs', 'uk_idta', 'uk_addendum', 'bcr']);

export const transferSafeguardCopyUnavailable: LintRule = {
  code: 'PLG159',
  name: 'transfer-safeguard-copy-unavailable',
  severity: 'warning',
  summary: 'A transfer relies on contractual clauses or BCRs, but people cannot get a copy of them.',
  help:
    'For a transfer under Art. 46 or 47 safeguards, the notice must say how to obtain a copy of them or where they are ' +
    'available (GDPR Art. 13(1)(f), 14(1)(f)); commercial terms may be redacted, the safeguards may not be withheld. Set ' +
    '`transfer.copyAvailable: true` and provide copies on request.',
  check({ manifest, report }) {
    manifest.recipients.forEach((recipient, i) => {
      const transfer = recipient.transfer;
      if (!transfer || transfer.copyAvailable || !SAFEGUARD_DOCUMENTS.has(transfer.mechanism)) return;
      report(['recipients', i, 'transfer', 'copyAvailable'], `${recipientLabel(recipient)} receives data under ${transfer.mechanism}, but people cannot obtain a copy of the safeguards (GDPR Art. 13(1)(f)).`);
    });
  },
};
