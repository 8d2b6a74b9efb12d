import { z } from 'zod';
import type { Approval } from './approvals.repository.ts';
import { PROOF_METHODS } from './assurance.ts';
import type { RequestDetail } from './admin-requests.service.ts';
import { AGENT_STATUSES, verifiedIdentifiers, type RightsRequest } from './request-model.ts';
import { AssuranceSchema, DenialReasonSchema, JurisdictionSchema, RequestTypeSchema, StateSchema } from './request-schemas.ts';

/** A row of the admin list: no personal data, so listing is not a read of personal data. */
export const RequestListItem = z.object({
  id: z.uuid(),
  reference: z.string(),
  type: RequestTypeSchema,
  jurisdiction: JurisdictionSchema,
  state: StateSchema,
  channel: z.string(),
  receivedAt: z.iso.datetime(),
  dueAt: z.iso.datetime(),
  targetAt: z.iso.datetime().nullable(),
  overdue: z.boolean(),
  extended: z.boolean(),
  clockPaused: z.boolean().meta({ description: 'UK GDPR Art. 12A: the clock stands still while identity is being established.' }),
  acknowledgeBy: z.iso.datetime().nullable(),
  acknowledgedAt: z.iso.datetime().nullable(),
  byAgent: z.boolean(),
});

export const ApprovalView = z.object({
  id: z.uuid(),
  kind: z.enum(['deny_request', 'lower_assurance']),
  requestId: z.uuid().nullable(),
  payload: z.record(z.string(), z.unknown()),
  evidence: z.string(),
  proposedBy: z.string(),
  proposedAt: z.iso.datetime(),
  decidedBy: z.string().nullable(),
  decision: z.enum(['approved', 'rejected']).nullable(),
});

export const RequestDetailView = RequestListItem.extend({
  denialReason: DenialReasonSchema.nullable(),
  language: z.string(),
  email: z.string(),
  deliveryEmail: z.string(),
  name: z.string().nullable(),
  phone: z.string().nullable(),
  accountId: z.string().nullable(),
  details: z.string().nullable(),
  corrections: z.array(z.object({ field: z.string(), value: z.string() })).nullable(),
  agent: z.object({ name: z.string(), email: z.string(), organisation: z.string().optional() }).nullable(),
  agentStatus: z.enum(AGENT_STATUSES).nullable(),
  agentDocument: z
    .object({ contentType: z.string(), sizeBytes: z.number().int(), uploadedAt: z.iso.datetime() })
    .nullable()
    .meta({ description: "The agent's authorisation waiting for review: its type and size, not its contents (GET …/agent-authorisation). Null before an upload and after the decision, which deletes it." }),
  extensionReason: z.string().nullable(),
  assuranceRequired: AssuranceSchema,
  proofs: z.array(z.object({ method: z.enum(PROOF_METHODS), at: z.string(), identifiers: z.array(z.string()), fresh: z.boolean().optional(), by: z.string() })),
  verifiedIdentifiers: z.record(z.string(), z.string()).meta({ description: 'What fulfilment may search by: identifiers a proof covers.' }),
  events: z.array(z.object({ at: z.iso.datetime(), kind: z.string(), fromState: z.string().nullable(), toState: z.string().nullable(), actor: z.string(), visibleToPerson: z.boolean(), details: z.record(z.string(), z.unknown()) })),
  links: z.array(z.object({ id: z.uuid(), reference: z.string(), kind: z.string() })),
  pendingApprovals: z.array(ApprovalView),
  actors: z.record(z.string(), z.string()).meta({ description: 'Who the staff actors named above are: `user:<id>` → account e-mail, `key:<id>` → API key label.' }),
});

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function toListItem(r: RightsRequest, now: Date): z.output<typeof RequestListItem> {
  return {
    id: r.id, reference: r.reference, type: r.type, jurisdiction: r.jurisdiction, state: r.state, channel: r.channel,
    receivedAt: r.receivedAt.toISOString(), dueAt: r.dueAt.toISOString(), targetAt: iso(r.targetAt),
    overdue: r.closedAt === null && r.dueAt < now, extended: r.extendedAt !== null, clockPaused: r.clockPausedAt !== null,
    acknowledgeBy: iso(r.acknowledgeBy), acknowledgedAt: iso(r.acknowledgedAt), byAgent: r.agent !== null,
  };
}

export function toApprovalView(a: Approval): z.output<typeof ApprovalView> {
  return { id: a.id, kind: a.kind, requestId: a.requestId, payload: a.payload, evidence: a.evidence, proposedBy: a.proposedBy, proposedAt: a.proposedAt.toISOString(), decidedBy: a.decidedBy, decision: a.decision };
}

export function toDetailView(d: RequestDetail, now: Date): z.output<typeof RequestDetailView> {
  const r = d.request;
  return {
    ...toListItem(r, now),
    denialReason: r.denialReason, language: r.language, email: r.email, deliveryEmail: r.deliveryEmail, name: r.name, phone: r.phone,
    accountId: r.accountId, details: r.details, corrections: r.corrections, agent: r.agent, agentStatus: r.agentStatus, agentDocument: d.agentDocument && { ...d.agentDocument, uploadedAt: d.agentDocument.uploadedAt.toISOString() }, extensionReason: r.extensionReason,
    assuranceRequired: r.assuranceRequired, proofs: r.proofs, verifiedIdentifiers: verifiedIdentifiers(r),
    events: d.events.map((e) => ({ ...e, at: e.at.toISOString() })), links: d.links, pendingApprovals: d.pendingApprovals.map(toApprovalView), actors: d.actors,
  };
}
