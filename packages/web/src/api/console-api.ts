import { api, query, setCsrfToken } from './client.ts';
import type { NoticeDiff, Role, VersionSummary } from './types.ts';

// Every call the admin console makes. The session cookie authenticates; client.ts adds the CSRF token.

export interface SessionUser { id: string; email: string; role: Role; totpEnabled: boolean }
export type Session = { authenticated: true; user: SessionUser; csrfToken: string; expiresAt: string } | { authenticated: false };

export async function getSession(): Promise<Session> {
  const session = await api<Session>('/v1/auth/session');
  setCsrfToken(session.authenticated ? session.csrfToken : null);
  return session;
}
export async function login(body: { email: string; password: string; totp?: string }): Promise<Session> {
  const session = await api<Session>('/v1/auth/login', { body });
  setCsrfToken(session.authenticated ? session.csrfToken : null);
  return session;
}
export async function logout(): Promise<void> {
  await api('/v1/auth/logout', { method: 'POST' });
  setCsrfToken(null);
}

export interface RequestSummary {
  id: string;
  reference: string;
  type: string;
  jurisdiction: string;
  state: string;
  channel: string;
  receivedAt: string;
  dueAt: string;
  overdue: boolean;
  extended: boolean;
  clockPaused: boolean;
  byAgent: boolean;
}
export interface RequestDetail extends RequestSummary {
  denialReason: string | null;
  email: string;
  deliveryEmail: string;
  name: string | null;
  phone: string | null;
  accountId: string | null;
  details: string | null;
  corrections: Array<{ field: string; value: string }> | null;
  agent: { name: string; email: string; organisation?: string } | null;
  agentStatus: 'awaiting_document' | 'awaiting_review' | 'approved' | 'rejected' | null;
  /** The authorisation waiting for review (type and size, not contents); null before an upload and after the decision. */
  agentDocument: { contentType: string; sizeBytes: number; uploadedAt: string } | null;
  extensionReason: string | null;
  assuranceRequired: string;
  proofs: Array<{ method: string; at: string; identifiers: string[]; by: string }>;
  events: Array<{ at: string; kind: string; fromState: string | null; toState: string | null; actor: string; visibleToPerson: boolean; details: Record<string, unknown> }>;
  pendingApprovals: Approval[];
  /** Staff actors named above (`user:<id>`, `key:<id>`) → e-mail of the account or label of the API key. */
  actors: Record<string, string>;
}
export interface Approval { id: string; kind: string; requestId: string | null; proposedBy: string; proposedAt: string; evidence: string; payload: Record<string, unknown> }
export interface FulfilmentProgress {
  reference: string;
  state: string;
  steps: Array<{ key: string; kind: string; system?: string | null; dataset?: string | null; status: string; detail?: string | null }>;
  notifications: Array<{ recipient: string; event: string; channel: string; status: string; createdAt: string }>;
}

const requestPath = (id: string) => `/v1/admin/requests/${encodeURIComponent(id)}`;
/** The queue (server/src/rights/admin-requests.routes.ts): open ones first. */
export const listRequests = () => api<{ requests: RequestSummary[] }>(`/v1/admin/requests${query({ limit: 200 })}`);
/** One request with its personal data: the server writes an audit entry for the read. */
export const getRequest = (id: string) => api<RequestDetail>(requestPath(id));
export const getFulfilment = (reference: string) => api<FulfilmentProgress>(`/v1/admin/requests/${encodeURIComponent(reference)}/fulfilment`);
export const resendPackageLink = (reference: string) => api<{ expiresAt: string }>(`/v1/admin/requests/${encodeURIComponent(reference)}/package/link`, { body: {} });
export const resolveTask = (reference: string, key: string, note: string) =>
  api(`/v1/admin/requests/${encodeURIComponent(reference)}/steps/${encodeURIComponent(key)}/resolve`, { body: { note } });
/** approve, complete, deny {reason, evidence}, extend {reason}. */
export const decideRequest = (id: string, action: 'approve' | 'complete' | 'deny' | 'extend', body: Record<string, string>) =>
  api(`${requestPath(id)}/${action}`, { method: 'POST', ...(action === 'approve' || action === 'complete' ? {} : { body }) });
/** Mailed to the person's verified address; `mail` says whether it went out (server: rights/request-reply.routes.ts). */
export const replyToPerson = (id: string, message: string) => api<{ mail: string }>(`${requestPath(id)}/reply`, { body: { message } });
/** The second approver's decision on a proposal (never by the one who proposed it: 409 second_approver_required). */
export const decideApproval = (approvalId: string, decision: 'approved' | 'rejected') =>
  api(`/v1/admin/approvals/${encodeURIComponent(approvalId)}/decision`, { body: { decision } });
/** An identity check made by staff (server: second_identifier and id_document_review count as factors). */
export const recordProof = (id: string, body: { method: string; identifiers: string[]; note?: string }) => api(`${requestPath(id)}/proofs`, { body });
/** The agent's authorisation, decrypted for the reviewer: the server audits the read. 410 once decided (deleted). */
export const agentAuthorisationUrl = (id: string) => `${requestPath(id)}/agent-authorisation`;
/** Accept or reject it, with what was checked; the server deletes the copy either way (server: rights/agent.routes.ts). */
export const decideAgentAuthorisation = (id: string, decision: 'approved' | 'rejected', reason: string) =>
  api<{ state: string; agentStatus: string }>(`${requestPath(id)}/agent-authorisation/decision`, { body: { decision, reason } });

// Identity assurance per request type and the two-person rule (server: rights/approvals.routes.ts).
export interface AssuranceLevel { type: string; default: string; minimum: string; effective: string; changedBy: string | null; changedAt: string | null; approvedBy: string | null }
export const getAssurance = () => api<{ levels: AssuranceLevel[]; actors: Record<string, string> }>('/v1/admin/assurance');
/** Raising applies at once (`applied: true`); lowering is proposed and waits for a different officer. */
export const changeAssurance = (body: { type: string; level: string; reason: string }) => api<{ applied: boolean; approval?: Approval }>('/v1/admin/assurance', { body });
export const listApprovals = () => api<{ approvals: Approval[]; actors: Record<string, string> }>('/v1/admin/approvals');

export interface ConsentRate { day: string; category: string; records: number; granted: number; rate: number }
export const getConsentStats = (from?: string, to?: string) => api<{ from: string; to: string; rates: ConsentRate[] }>(`/v1/admin/consents/stats${query({ from, to })}`);
export type ChainStatus = { ok: true; checked: number; head: { seq: number; hash: string } | null } | { ok: false; checked: number; firstBroken: { seq: number; reason: string } };
export const verifyConsentLedger = () => api<ChainStatus>('/v1/admin/consents/verify');
export interface ConsentRecord { seq: number; receipt: string; recordedAt: string; method: string; choices: Record<string, boolean>; noticeVersion: string; language: string; gpc: boolean; actor: string; site: string | null }
export const getConsentHistory = (subject: string) => api<{ subjectKey: string; records: ConsentRecord[] }>(`/v1/admin/consents/subjects/${encodeURIComponent(subject)}`);
export const consentProofUrl = (subject: string) => `/v1/admin/consents/subjects/${encodeURIComponent(subject)}/proof?format=html`;

export const getManifest = () => api<{ sha256: string; manifest: Record<string, unknown> }>('/v1/admin/manifest');
export interface LintFinding { rule: string; severity: 'error' | 'warning'; message: string; path: string; accepted: { reason: string } | null }
export const getLint = () => api<{ errors: number; warnings: number; findings: LintFinding[] }>('/v1/admin/manifest/lint');

export const listVersions = (lang: string) => api<{ versions: VersionSummary[] }>(`/notice/versions${query({ lang })}`);
export const getDiff = (from: number, to: number, lang: string) => api<NoticeDiff>(`/notice/diff${query({ from, to, lang })}`);
export const publishNotice = (effectiveDate?: string) => api<{ number: number }>('/v1/admin/notice/publish', { body: effectiveDate ? { effectiveDate } : {} });

export interface AuditEntry { seq: number; at: string; actor: string; action: string; target: string | null; details: Record<string, unknown>; hash: string }
export const getAudit = (after: number, limit = 50) => api<{ entries: AuditEntry[]; next: number | null }>(`/v1/admin/audit${query({ after, limit })}`);
export const verifyAudit = () => api<ChainStatus>('/v1/admin/audit/verify');
export const recordsUrl = (role: 'controller' | 'processor', format: 'csv' | 'html', lang: string) => `/notice/records${query({ role, format, lang })}`;

// The logged-in user's own account (server: accounts/account.routes.ts) and, for admins, everyone's (users.routes.ts).
export const changePassword = (currentPassword: string, newPassword: string) => api('/v1/account/password', { body: { currentPassword, newPassword } });
export interface TotpEnrolment { secret: string; uri: string; enrolment: string; expiresAt: string }
export const startTotp = () => api<TotpEnrolment>('/v1/account/totp/enrolment', { method: 'POST' });
export const confirmTotp = (enrolment: string, code: string) => api('/v1/account/totp/confirm', { body: { enrolment, code } });
export const disableTotp = (password: string, code: string) => api('/v1/account/totp/disable', { body: { password, code } });

export interface ConsoleUser { id: string; email: string; role: Role; totpEnabled: boolean; createdAt: string; disabledAt: string | null }
/** The list holds staff addresses: the server audits the read. */
export const listUsers = () => api<{ users: ConsoleUser[] }>('/v1/admin/users');
export const createUser = (email: string, role: Role) => api<{ user: ConsoleUser; password: string }>('/v1/admin/users', { body: { email, role } });
export const disableUser = (id: string) => api<{ user: ConsoleUser }>(`/v1/admin/users/${encodeURIComponent(id)}/disable`, { method: 'POST' });
