import type { Manifest } from '@pledge/manifest';
import type { AuditService } from '../audit/audit.service.ts';
import { inTransaction, type Db } from '../db/database.ts';
import type { RightsRequest } from '../rights/request-model.ts';
import { isTerminal, type RequestState } from '../rights/request-state-machine.ts';
import { transitionRequest as rightsTransition } from '../rights/request-transitions.ts';
import type { RightsContext } from '../rights/rights-context.ts';
import { lockRequestById } from '../rights/requests.repository.ts';

/**
 * Moves a request through rights/' one transition function (state machine, deadline clock, timeline event, audit
 * entry), under the request's row lock. Returns false, changing nothing, when the request is already in `to` or has
 * left the states fulfilment works in (withdrawn or denied meanwhile).
 */
export async function transitionRequest(db: Db, audit: AuditService, manifest: Manifest, requestId: string, to: RequestState, reason: string): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const request = await lockRequestById(tx, requestId);
    if (!request || request.state === to || isTerminal(request.state)) return false;
    // rights/request-transitions.ts reads only these parts of its context.
    const ctx = { db: tx, audit, manifest, now: () => new Date() } as Pick<RightsContext, 'db' | 'audit' | 'manifest' | 'now'> as RightsContext;
    await rightsTransition(ctx, tx, request, to, { actor: 'system', details: { reason } });
    return true;
  });
}

/** Fulfilment only acts on requests that are in progress (or waiting for people): never after a withdrawal. */
export const isWorkable = (request: RightsRequest | undefined): request is RightsRequest =>
  request !== undefined && (request.state === 'in_progress' || request.state === 'waiting_on_manual_tasks');
