import type { Jurisdiction, Language } from '@pledge/manifest';
import type { AssuranceLevel, Proof } from './assurance.ts';
import type { DenialReason, RequestState } from './request-state-machine.ts';
import type { RequestType } from './request-types.ts';

/** How the request reached the company (manifest rights.channels types). */
export const CHANNELS = ['web_form', 'email', 'postal', 'phone', 'toll_free', 'account_settings'] as const;
export type Channel = (typeof CHANNELS)[number];

export const AGENT_STATUSES = ['awaiting_document', 'awaiting_review', 'approved', 'rejected'] as const;
export type AgentStatus = (typeof AGENT_STATUSES)[number];

/** A corrected value for one declared field, as `system.dataset.field`. */
export interface Correction {
  field: string;
  value: string;
}

/** Who acts for the person (CCPA §1798.135, 11 CCR §7063). The agent never receives results. */
export interface AgentInfo {
  name: string;
  email: string;
  organisation?: string | undefined;
}

/**
 * A rights request. Fulfilment (a later part) reads `type`, `state` (it starts at in_progress) and
 * `verifiedIdentifiers` only: claimed identifiers that no proof covers are never used to find data.
 */
export interface RightsRequest {
  id: string;
  reference: string;
  type: RequestType;
  jurisdiction: Jurisdiction;
  state: RequestState;
  denialReason: DenialReason | null;
  channel: Channel;
  receivedAt: Date;
  dueAt: Date;
  targetAt: Date | null;
  acknowledgeBy: Date | null;
  acknowledgedAt: Date | null;
  extendedAt: Date | null;
  extensionReason: string | null;
  clockPausedAt: Date | null;
  pausedDays: number;
  language: Language;
  email: string;
  emailHash: string;
  deliveryEmail: string;
  name: string | null;
  phone: string | null;
  accountId: string | null;
  details: string | null;
  corrections: Correction[] | null;
  agent: AgentInfo | null;
  agentStatus: AgentStatus | null;
  assuranceRequired: AssuranceLevel;
  proofs: Proof[];
  statusTokenHash: string;
  createdBy: string;
  createdAt: Date;
  verifiedAt: Date | null;
  closedAt: Date | null;
}

export interface RequestEvent {
  id: number;
  at: Date;
  kind: string;
  fromState: RequestState | null;
  toState: RequestState | null;
  actor: string;
  visibleToPerson: boolean;
  details: Record<string, unknown>;
}

/** The identifiers proofs have established, e.g. { email: 'a@b.c', account_id: '42' }: what fulfilment may search by. */
export function verifiedIdentifiers(request: RightsRequest): Record<string, string> {
  const proven = new Set(request.proofs.filter((p) => p.method !== 'knowledge_questions').flatMap((p) => p.identifiers));
  const values: Record<string, string | null> = { email: request.email, account_id: request.accountId, phone: request.phone };
  return Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => e[1] !== null && proven.has(e[0])));
}
