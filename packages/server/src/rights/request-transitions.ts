import type { AuditDraft } from '../audit/audit-chain.ts';
import type { JsonValue } from '../db/database-schema.ts';
import type { Db } from '../db/database.ts';
import { calendarDaysBetween, clockPausesForIdentity, computeDeadlines } from './deadlines.ts';
import type { RightsRequest } from './request-model.ts';
import type { EventDraft } from './request-events.repository.ts';
import { assertTransition, isTerminal, type DenialReason, type RequestState } from './request-state-machine.ts';
import { updateRequestWithEvent, type RequestPatch } from './requests.repository.ts';
import type { RightsContext } from './rights-context.ts';

/** What a transition reads of the rights context; fulfilment passes just these. */
export type TransitionContext = Pick<RightsContext, 'audit' | 'manifest' | 'now'>;

export interface TransitionOptions {
  actor: string;
  denialReason?: DenialReason;
  details?: { [key: string]: JsonValue };
}

/** The deadlines of a request as its facts stand now. */
export function deadlinesOf(ctx: Pick<RightsContext, 'manifest'>, r: Pick<RightsRequest, 'jurisdiction' | 'type' | 'receivedAt' | 'extendedAt' | 'pausedDays'>) {
  return computeDeadlines({
    jurisdiction: r.jurisdiction,
    type: r.type,
    receivedAt: r.receivedAt,
    extended: r.extendedAt !== null,
    pausedDays: r.pausedDays,
    internal: ctx.manifest.rights.deadlines[r.jurisdiction],
  });
}

interface PlannedTransition {
  patch: RequestPatch;
  event: EventDraft;
  audit: AuditDraft;
}

/** Checks the state machine and works out what the change writes: the row's patch (state, clock), the event, the audit entry. */
function planTransition(ctx: TransitionContext, request: RightsRequest, to: RequestState, options: TransitionOptions): PlannedTransition {
  assertTransition(request.state, to);
  if ((to === 'denied') !== (options.denialReason !== undefined)) throw new Error('a denial, and only a denial, carries a reason');
  const at = ctx.now();
  const patch: RequestPatch = { state: to, denialReason: options.denialReason ?? null };
  if (to === 'verified') patch.verifiedAt = at;
  if (isTerminal(to)) patch.closedAt = at;
  if (to === 'identity_verification' && clockPausesForIdentity(request.jurisdiction)) patch.clockPausedAt = at;
  if (request.clockPausedAt !== null && to !== 'identity_verification') {
    patch.clockPausedAt = null;
    patch.pausedDays = request.pausedDays + calendarDaysBetween(request.clockPausedAt, at);
    const deadlines = deadlinesOf(ctx, { ...request, pausedDays: patch.pausedDays });
    patch.dueAt = deadlines.dueAt;
    patch.targetAt = deadlines.targetAt;
  }
  const details = { ...options.details, ...(options.denialReason ? { reason: options.denialReason } : {}) };
  return {
    patch,
    event: { requestId: request.id, at, kind: 'state_changed', fromState: request.state, toState: to, actor: options.actor, visibleToPerson: true, details },
    audit: { actor: options.actor, action: `rights_request.${to}`, target: `rights_request:${request.id}`, details: { from: request.state, to, ...details } },
  };
}

/**
 * The only way a request changes state: checks the state machine, keeps the clock (UK GDPR Art. 12A
 * pause while identity is being established), and writes the timeline event and the audit entry in
 * the caller's transaction. The caller holds the request's row lock (`request` is what it read under it).
 */
export async function transitionRequest(ctx: TransitionContext, tx: Db, request: RightsRequest, to: RequestState, options: TransitionOptions): Promise<RightsRequest> {
  const { patch, event, audit } = planTransition(ctx, request, to, options);
  await updateRequestWithEvent(tx, request.id, patch, event);
  await ctx.audit.record(audit, tx);
  return { ...request, ...patch } as RightsRequest;
}

/**
 * transitionRequest for a caller that read `request` without its row lock (fulfilment's run): the same checks and
 * writes, applied only if the row still holds the state and clock `request` has (a compare and set in the statement
 * that also writes the event). Undefined, with nothing written, when it changed meanwhile: lock, read and decide again.
 */
export async function transitionIfUnchanged(ctx: TransitionContext, tx: Db, request: RightsRequest, to: RequestState, options: TransitionOptions): Promise<RightsRequest | undefined> {
  const { patch, event, audit } = planTransition(ctx, request, to, options);
  if (!(await updateRequestWithEvent(tx, request.id, patch, event, request))) return undefined;
  await ctx.audit.record(audit, tx);
  return { ...request, ...patch } as RightsRequest;
}
