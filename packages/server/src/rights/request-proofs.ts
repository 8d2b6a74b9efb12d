import type { Db } from '../db/database.ts';
import { isAssuranceMet, type Proof } from './assurance.ts';
import type { RightsRequest } from './request-model.ts';
import { findRepeats, insertEvent, linkRequests } from './request-events.repository.ts';
import { needsFreshAuthentication } from './request-types.ts';
import { updateRequest } from './requests.repository.ts';
import type { RightsContext } from './rights-context.ts';
import { transitionRequest } from './request-transitions.ts';

/** CCPA §1798.130(b) counts requests over 12 months; the same window serves as evidence of repetition under GDPR Art. 12(5). */
export const REPEAT_WINDOW_DAYS = 365;

/**
 * Adds one proof and, once the proofs meet the level the request needs, moves it to verified.
 * An agent's request also waits for a person to accept the agent's authorisation.
 */
export async function addProof(ctx: RightsContext, tx: Db, request: RightsRequest, proof: Proof, note?: string): Promise<RightsRequest> {
  const proofs = [...request.proofs, proof];
  await updateRequest(tx, request.id, { proofs });
  const at = ctx.now();
  await insertEvent(tx, { requestId: request.id, at, kind: 'identity_proof', actor: proof.by, visibleToPerson: true, details: { method: proof.method, ...(note ? { note } : {}) } });
  await ctx.audit.record(
    { actor: proof.by, action: 'rights_request.proof_recorded', target: `rights_request:${request.id}`, details: { method: proof.method, identifiers: proof.identifiers } },
    tx,
  );
  const updated = { ...request, proofs };
  const waiting = updated.state === 'received' || updated.state === 'identity_verification';
  const agentCleared = updated.agent === null || updated.agentStatus === 'approved';
  if (!waiting || !agentCleared || !isAssuranceMet(updated.assuranceRequired, proofs, needsFreshAuthentication(updated.type))) return updated;
  const verified = await transitionRequest(ctx, tx, updated, 'verified', { actor: 'system', details: { assurance: updated.assuranceRequired } });
  await linkRepeats(ctx, tx, verified);
  return verified;
}

/** Links earlier verified requests of the same type from the same identity: evidence for the 'excessive' ground. */
async function linkRepeats(ctx: RightsContext, tx: Db, request: RightsRequest): Promise<void> {
  const since = new Date(request.receivedAt.getTime() - REPEAT_WINDOW_DAYS * 86_400_000);
  const repeats = await findRepeats(tx, { id: request.id, emailHash: request.emailHash, type: request.type, since });
  if (repeats.length === 0) return;
  const at = ctx.now();
  for (const earlier of repeats) await linkRequests(tx, request.id, earlier.id, 'repeat', at);
  const references = repeats.map((r) => r.reference);
  await insertEvent(tx, { requestId: request.id, at, kind: 'repeat_linked', actor: 'system', visibleToPerson: false, details: { references } });
  await ctx.audit.record({ actor: 'system', action: 'rights_request.repeat_linked', target: `rights_request:${request.id}`, details: { references } }, tx);
}
