import type { LintRule } from '../rule.ts';
import { purposeLabel } from '../support/labels.ts';

export const targetedAdvertisingStanceInconsistent: LintRule = {
  code: 'PLG150',
  name: 'targeted-advertising-stance-inconsistent',
  severity: 'error',
  summary: 'A purpose does targeted advertising but `stances.targetedAdvertising` is false.',
  help:
    'The notice states whether personal data is used for targeted advertising, and people can opt out of it (CCPA ' +
    '§1798.120 for cross-context behavioural advertising; GDPR Art. 21(2) for direct marketing). A false statement misleads ' +
    '(Art. 5(1)(a), 12(1)). Set `stances.targetedAdvertising: true`, or correct the purpose.',
  check({ manifest, report }) {
    if (manifest.stances.targetedAdvertising) return;
    manifest.purposes.forEach((p, i) => {
      if (p.targetedAdvertising) report(['purposes', i, 'targetedAdvertising'], `${purposeLabel(p)} does targeted advertising, but stances.targetedAdvertising says the company does none.`);
    });
  },
};
