import type { LintRule } from '../rule.ts';
import { purposeLabel, recipientLabel } from '../support/labels.ts';

export const shareStanceInconsistent: LintRule = {
  code: 'PLG111',
  name: 'share-stance-inconsistent',
  severity: 'error',
  summary: 'stances.sharesForAdvertising is false, but a purpose or recipient is marked share: true.',
  help:
    'The notice states whether the business shares personal information for cross-context behavioural advertising (CCPA §1798.140(ah)), and that statement must be true (Cal. Civ. Code §1798.130(a)(5); ' +
    'deceptive statements also breach FTC Act §5). Either set stances.sharesForAdvertising to true and offer the opt-out, or correct the ' +
    'purpose or recipient.',
  check({ manifest, report }) {
    if (manifest.stances.sharesForAdvertising) return;
    manifest.purposes.forEach((p, i) => {
      if (p.share) report(['purposes', i, 'share'], `${purposeLabel(p)} is marked share: true, but stances.sharesForAdvertising says the company never shares personal information for advertising.`);
    });
    manifest.recipients.forEach((r, i) => {
      if (r.share) report(['recipients', i, 'share'], `${recipientLabel(r)} is marked share: true, but stances.sharesForAdvertising says the company never shares personal information for advertising.`);
    });
  },
};
