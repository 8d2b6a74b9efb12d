import type { LintRule } from '../rule.ts';
import { declares } from '../support/jurisdictions.ts';

export const ccpaRequestMethods: LintRule = {
  code: 'PLG153',
  name: 'ccpa-request-methods',
  severity: 'warning',
  summary: 'Fewer than two ways to submit requests are offered under CCPA.',
  help:
    'A business must make available two or more designated methods for submitting requests to know, delete and correct, ' +
    'including at least a toll-free telephone number unless it operates exclusively online and has a direct relationship ' +
    'with the consumer (Cal. Civ. Code §1798.130(a)(1); 11 CCR §7020). Add a channel in `rights.channels`.',
  check({ manifest, report }) {
    if (!declares(manifest, 'ccpa') || manifest.rights.channels.length >= 2) return;
    report(['rights', 'channels'], `Only ${manifest.rights.channels.length} way to submit requests is offered; CCPA requires at least two (Cal. Civ. Code §1798.130(a)(1)).`);
  },
};
