import type { LintRule } from '../rule.ts';
import { recipientLabel } from '../support/labels.ts';

export const invalidTransferMechanism: LintRule = {
  code: 'PLG103',
  name: 'invalid-transfer-mechanism',
  severity: 'error',
  summary: 'A transfer relies on the EU-US Privacy Shield, which is no longer valid.',
  help:
    'The Court of Justice invalidated the EU-US Privacy Shield on 16 July 2020 (Case C-311/18, Schrems II); transfers that ' +
    'rely on it have no safeguard (GDPR Art. 44–46). Use the EU-US Data Privacy Framework if the recipient is certified, ' +
    'or standard contractual clauses (`eu_sccs`) with a transfer impact assessment.',
  check({ manifest, report }) {
    manifest.recipients.forEach((recipient, i) => {
      if (recipient.transfer?.mechanism !== 'privacy_shield') return;
      report(
        ['recipients', i, 'transfer', 'mechanism'],
        `${recipientLabel(recipient)} relies on the EU-US Privacy Shield, invalidated by the CJEU in July 2020 (C-311/18, Schrems II); declare a valid mechanism such as eu_us_dpf or eu_sccs.`,
      );
    });
  },
};
