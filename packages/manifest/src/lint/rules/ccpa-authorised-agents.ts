import type { LintRule } from '../rule.ts';
import { declares } from '../support/jurisdictions.ts';

export const ccpaAuthorisedAgents: LintRule = {
  code: 'PLG154',
  name: 'ccpa-authorised-agents',
  severity: 'error',
  summary: 'Under CCPA, authorised agents are refused, or accepted without proof of their authority.',
  help:
    'Consumers may use an authorised agent to submit requests; the business may require the agent to show signed ' +
    'permission (or a power of attorney) and the consumer to confirm directly (Cal. Civ. Code §1798.135(c)(1); 11 CCR ' +
    '§7063). Set `rights.authorisedAgents.allowed: true` with `proof: [signed_permission, power_of_attorney]`.',
  check({ manifest, report }) {
    if (!declares(manifest, 'ccpa')) return;
    const agents = manifest.rights.authorisedAgents;
    if (!agents.allowed) {
      report(['rights', 'authorisedAgents', 'allowed'], 'Requests from authorised agents are refused, but CCPA lets consumers act through an authorised agent (11 CCR §7063).');
    } else if (agents.proof.length === 0) {
      report(['rights', 'authorisedAgents', 'proof'], 'Authorised agents are accepted without any proof of their authority; require signed permission or a power of attorney (11 CCR §7063).');
    }
  },
};
