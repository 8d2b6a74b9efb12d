import { randomUUID } from 'node:crypto';
import type { Jurisdiction, Manifest } from '@pledge/manifest';
import type { Db } from '../db/database.ts';
import { defaultAssurance, type AssuranceLevel } from './assurance.ts';
import { listAssuranceOverrides } from './approvals.repository.ts';
import { fieldError } from './request-access.ts';
import { insertEvent } from './request-events.repository.ts';
import type { Channel, RightsRequest } from './request-model.ts';
import type { IntakeInput } from './request-schemas.ts';
import { emailHash, generateReference, generateToken, sha256Hex } from './request-secrets.ts';
import { isOffered, type RequestType } from './request-types.ts';
import { insertRequest } from './requests.repository.ts';
import { mailDate, transact, type RightsContext } from './rights-context.ts';
import { deadlinesOf, transitionRequest } from './request-transitions.ts';
import { issueIdentityChallenge } from './verification-challenges.ts';
import { ACKNOWLEDGED } from './rights-mail-effects.ts';

export interface IntakeOrigin {
  channel: Channel;
  receivedAt: Date;
  /** `person` for the public form, `key:<id>` for staff intake. */
  actor: string;
}

/**
 * Takes a request in. Nothing here looks at the company's data: whether the person is known cannot
 * change the answer, the mails or the time taken (attacks 1 and 10).
 */
export async function takeInRequest(ctx: RightsContext, input: IntakeInput, origin: IntakeOrigin): Promise<{ request: RightsRequest; statusToken: string }> {
  checkAgainstManifest(ctx.manifest, input);
  const statusToken = generateToken();
  const { value: request } = await transact(ctx, async (tx, outbox) => {
    const received = buildRequest(ctx, input, origin, sha256Hex(statusToken), await assuranceFor(ctx, tx, input.type));
    await insertRequest(tx, received);
    await insertEvent(tx, { requestId: received.id, at: ctx.now(), kind: 'received', actor: origin.actor, visibleToPerson: true, details: { channel: origin.channel } });
    await ctx.audit.record({ actor: origin.actor, action: 'rights_request.received', target: `rights_request:${received.id}`, details: { type: input.type, jurisdiction: input.jurisdiction, channel: origin.channel } }, tx);
    if (received.acknowledgeBy) {
      // Acknowledged once the mail has gone out (rights-mail-effects.ts), whether now or on a retry.
      outbox.push({ to: received.email, language: received.language, requestId: received.id, content: { template: 'acknowledgement', reference: received.reference, requestType: received.type, dueDate: mailDate(received.dueAt) }, onSent: { effect: ACKNOWLEDGED } });
    }
    // 11 CCR §7026/§7027: opt-out and limit requests go ahead without verification.
    if (received.assuranceRequired === 'none') return transitionRequest(ctx, tx, received, 'verified', { actor: 'system', details: { assurance: 'none' } });
    // An agent's request waits for the signed authorisation and its review before the person is asked.
    if (received.agent) return received;
    if (ctx.manifest.rights.verification.methods.includes('email_code')) await issueIdentityChallenge(ctx, tx, outbox, received);
    return transitionRequest(ctx, tx, received, 'identity_verification', { actor: 'system' });
  });
  return { request, statusToken };
}

/** 400s that name the field: a type not offered under the jurisdiction, corrections of undeclared fields, agents not accepted. */
function checkAgainstManifest(manifest: Manifest, input: IntakeInput): void {
  if (!isOffered(manifest, input.jurisdiction, input.type)) {
    throw fieldError('body.type', 'not_offered', `"${input.type}" is not offered under ${input.jurisdiction} (manifest rights.offered).`);
  }
  if (input.type === 'rectification' && !input.corrections) throw fieldError('body.corrections', 'required', 'a rectification request lists the corrected values');
  if (input.type !== 'rectification' && input.corrections) throw fieldError('body.corrections', 'not_allowed', 'only a rectification request carries corrections');
  const declared = new Set(manifest.systems.flatMap((s) => s.datasets.flatMap((d) => d.fields.map((f) => `${s.id}.${d.id}.${f.name}`))));
  input.corrections?.forEach((c, i) => {
    if (!declared.has(c.field)) throw fieldError(`body.corrections.${i}.field`, 'not_declared', `"${c.field}" is not a declared field (system.dataset.field)`);
  });
  if (input.agent && !manifest.rights.authorisedAgents.allowed) throw fieldError('body.agent', 'not_accepted', 'requests from authorised agents are not accepted (manifest rights.authorisedAgents)');
}

async function assuranceFor(ctx: RightsContext, db: Db, type: RequestType): Promise<AssuranceLevel> {
  const override = (await listAssuranceOverrides(db)).find((o) => o.type === type);
  return override?.level ?? defaultAssurance(ctx.manifest, type);
}

function buildRequest(ctx: RightsContext, input: IntakeInput, origin: IntakeOrigin, statusTokenHash: string, assurance: AssuranceLevel): RightsRequest {
  const facts = { jurisdiction: input.jurisdiction as Jurisdiction, type: input.type, receivedAt: origin.receivedAt, extendedAt: null, pausedDays: 0 };
  const deadlines = deadlinesOf(ctx, facts);
  return {
    ...facts, id: randomUUID(), reference: generateReference(), state: 'received', denialReason: null, channel: origin.channel,
    dueAt: deadlines.dueAt, targetAt: deadlines.targetAt, acknowledgeBy: deadlines.acknowledgeBy, acknowledgedAt: null, extensionReason: null,
    clockPausedAt: null, language: input.language ?? ctx.manifest.notice.defaultLanguage,
    email: input.email, emailHash: emailHash(input.email), deliveryEmail: input.email, name: input.name ?? null, phone: input.phone ?? null,
    accountId: input.accountId ?? null, details: input.details ?? null, corrections: input.corrections ?? null, agent: input.agent ?? null,
    agentStatus: input.agent ? 'awaiting_document' : null, assuranceRequired: assurance, proofs: [], statusTokenHash, createdBy: origin.actor,
    createdAt: ctx.now(), verifiedAt: null, closedAt: null,
  };
}

