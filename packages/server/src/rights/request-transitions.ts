import type { JsonValue } from '../db/database-schema.ts';
import type { Db } from '../db/database.ts';
import { calendarDaysBetween, clockPausesForIdentity, computeDeadlines } from './deadlines.ts';
import type { RightsRequest } from './request-model.ts';
import { insertEvent } from './request-events.repository.ts';
import { assertTransition, isTerminal, type DenialReason, type RequestState } from './request-state-machine.ts';
import { updateRequest, type RequestPatch } from './requests.repository.ts';
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

/**
 * The only way a request changes state: checks the state machine, keeps the clock (UK GDPR Art. 12A
 * pause while identity is being established), and writes the timeline event and the audit entry in
 * the caller's transaction.
 */
export async function transitionRequest(ctx: TransitionContext, tx: Db, request: RightsRequest, to: RequestState, options: TransitionOptions): Promise<RightsRequest> {
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
  await updateRequest(tx, request.id, patch);
  const details = { ...options.details, ...(options.denialReason ? { reason: options.denialReason } : {}) };
  await insertEvent(tx, { requestId: request.id, at, kind: 'state_changed', fromState: request.state, toState: to, actor: options.actor, visibleToPerson: true, details });
  await ctx.audit.record(
    { actor: options.actor, action: `rights_request.${to}`, target: `rights_request:${request.id}`, details: { from: request.state, to, ...details } },
    tx,
  );
  return { ...request, ...patch } as RightsRequest;
}
