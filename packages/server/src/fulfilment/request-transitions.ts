import type { Manifest } from '@pledge/manifest';
import type { AuditService } from '../audit/audit.service.ts';
import { inTransaction, type Db } from '../db/database.ts';
import type { RightsRequest } from '../rights/request-model.ts';
import { canTransition, isTerminal, type RequestState } from '../rights/request-state-machine.ts';
import { transitionIfUnchanged, transitionRequest as rightsTransition, type TransitionContext } from '../rights/request-transitions.ts';
import { lockRequestById } from '../rights/requests.repository.ts';

/**
 * Moves a request through rights/' one transition function (state machine, deadline clock, timeline event, audit
 * entry), under the request's row lock. Returns false, changing nothing, when the request is already in `to` or has
 * left the states fulfilment works in (withdrawn or denied meanwhile).
 *
 * `known`: the request as the caller read it earlier without the lock (a run reads it when it starts). While the row
 * still holds that state and clock, one statement checks and writes the change (the UPDATE takes the row lock);
 * otherwise, or without `known`, the row is locked and read first.
 */
export async function transitionRequest(db: Db, audit: AuditService, manifest: Manifest, requestId: string, to: RequestState, reason: string, known?: RightsRequest): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const ctx: TransitionContext = { audit, manifest, now: () => new Date() };
    const options = { actor: 'system', details: { reason } };
    if (known?.id === requestId && canTransition(known.state, to) && (await transitionIfUnchanged(ctx, tx, known, to, options))) return true;
    const request = await lockRequestById(tx, requestId);
    if (!request || request.state === to || isTerminal(request.state)) return false;
    await rightsTransition(ctx, tx, request, to, options);
    return true;
  });
}

/** Fulfilment only acts on requests that are in progress (or waiting for people): never after a withdrawal. */
export const isWorkable = (request: RightsRequest | undefined): request is RightsRequest =>
  request !== undefined && (request.state === 'in_progress' || request.state === 'waiting_on_manual_tasks');
