import type { LintRule } from '../rule.ts';
import { declaredGdprLike } from '../support/jurisdictions.ts';
import { listWords, recipientLabel } from '../support/labels.ts';
import { isAdequate, recipientCountries } from '../support/transfers.ts';

const US_ONLY = new Set(['eu_us_dpf', 'uk_us_data_bridge', 'swiss_us_dpf']);

export const transferMechanismWrongCountry: LintRule = {
  code: 'PLG104',
  name: 'transfer-mechanism-wrong-country',
  severity: 'error',
  summary: 'A transfer mechanism is declared for a country it does not cover.',
  help:
    'The EU-US Data Privacy Framework, the UK-US data bridge and the Swiss-US DPF cover only US companies certified under ' +
    'them, and "adequacy" only countries with an adequacy decision (GDPR Art. 45); for any other country the transfer has ' +
    'no safeguard (Art. 44, 46). Declare a mechanism that covers every country the recipient processes data in, e.g. eu_sccs.',
  check({ manifest, report }) {
    const regimes = declaredGdprLike(manifest);
    manifest.recipients.forEach((recipient, i) => {
      const mechanism = recipient.transfer?.mechanism;
      if (!mechanism) return;
      const path = ['recipients', i, 'transfer', 'mechanism'];
      const countries = recipientCountries(recipient);
      if (US_ONLY.has(mechanism)) {
        const others = countries.filter((c) => c !== 'US' && regimes.some((r) => !isAdequate(c, r, undefined)));
        if (!countries.includes('US')) {
          report(path, `${recipientLabel(recipient)} is in ${listWords(countries)}, but ${mechanism} only covers certified companies in the US (GDPR Art. 45).`);
        } else if (others.length > 0) {
          report(path, `${recipientLabel(recipient)} also processes data in ${listWords(others)}, which ${mechanism} does not cover (GDPR Art. 44–46).`);
        }
      } else if (mechanism === 'adequacy') {
        const missing = countries.filter((c) => regimes.some((r) => !isAdequate(c, r, undefined)));
        if (missing.length === 0) return;
        const usNote = missing.includes('US') ? ' The US is adequate only for companies certified under the Data Privacy Framework: declare eu_us_dpf.' : '';
        report(path, `${recipientLabel(recipient)} claims adequacy, but ${listWords(missing)} ${missing.length > 1 ? 'have' : 'has'} no adequacy decision (GDPR Art. 45).${usNote}`);
      }
    });
  },
};
