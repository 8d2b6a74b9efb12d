import type { Role } from '../api/types.ts';

// What the console offers each role. The server decides (config.access on every route); these only hide controls a
// role could not use, so nobody is shown a button that answers 403.
export const can = {
  decide: (role: Role) => role === 'admin' || role === 'privacy_officer',
  reply: (role: Role) => role !== 'auditor',
  publishNotice: (role: Role) => role === 'admin' || role === 'privacy_officer',
  readLedger: (role: Role) => role !== 'support_agent',
  readRecords: (role: Role) => role !== 'support_agent',
  manageUsers: (role: Role) => role === 'admin',
  /** Agents' authorisations: the staff who handle requests (rights/agent.routes.ts STAFF). */
  reviewAgents: (role: Role) => role !== 'auditor',
  /** GET /v1/admin/approvals: officers and auditors, not support agents. */
  readApprovals: (role: Role) => role !== 'support_agent',
};
