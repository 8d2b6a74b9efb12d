import type { LintRule } from '../rule.ts';
import { declaredGdprLike, REGIME_LABEL } from '../support/jurisdictions.ts';
import { recipientLabel, listWords } from '../support/labels.ts';
import { isAdequate, recipientCountries } from '../support/transfers.ts';

export const transferWithoutMechanism: LintRule = {
  code: 'PLG102',
  name: 'transfer-without-mechanism',
  severity: 'error',
  summary: 'Personal data goes to a country without an adequacy decision and no transfer mechanism is declared.',
  help:
    'A transfer outside the EEA (or the UK, under UK GDPR) needs an adequacy decision or an appropriate safeguard such as ' +
    'standard contractual clauses, the UK IDTA/Addendum, BCRs or the EU-US Data Privacy Framework (GDPR Art. 44–46), and ' +
    'the notice must name it (Art. 13(1)(f)). The US counts as adequate only for DPF-certified recipients. ' +
    'Declare `transfer: { mechanism: ... }` on the recipient.',
  check({ manifest, report }) {
    const regimes = declaredGdprLike(manifest);
    manifest.recipients.forEach((recipient, i) => {
      if (recipient.transfer) return;
      for (const regime of regimes) {
        const outside = recipientCountries(recipient).filter((c) => !isAdequate(c, regime, undefined));
        if (outside.length === 0) continue;
        const field = outside.includes(recipient.country) ? 'country' : 'additionalCountries';
        const verb = outside.length > 1 ? 'which have' : 'which has';
        const us = outside.includes('US') ? ` The US counts as adequate only for a recipient certified under the ${regime === 'gdpr' ? 'EU-US Data Privacy Framework (eu_us_dpf)' : 'UK-US data bridge (uk_us_data_bridge)'}.` : '';
        report(
          ['recipients', i, field],
          `${recipientLabel(recipient)} is in ${listWords(outside)}, ${verb} no ${regime === 'gdpr' ? 'EU' : 'UK'} adequacy decision, and no transfer mechanism is declared (${REGIME_LABEL[regime]} Art. 44–46).${us}`,
        );
        return;
      }
    });
  },
};
