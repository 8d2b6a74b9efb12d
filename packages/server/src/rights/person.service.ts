import type { z } from 'zod';
import { PledgeError } from '../errors/pledge-error.ts';
import { findRequestForPerson } from './request-access.ts';
import { findPackageStatus } from './package-state.repository.ts';
import { listEvents } from './request-events.repository.ts';
import type { RightsRequest } from './request-model.ts';
import type { PersonView } from './request-schemas.ts';
import { lockRequestById } from './requests.repository.ts';
import { transact, type RightsContext } from './rights-context.ts';
import { transitionRequest } from './request-transitions.ts';

/**
 * What the person sees of their own request: state, deadline, timeline and where their access package stands. Internal events
 * (staff notes, repeat links, reminders) and the details of any event never appear here.
 */
export async function viewRequestAsPerson(ctx: RightsContext, reference: string, statusToken: string): Promise<z.output<typeof PersonView>> {
  const request = await findRequestForPerson(ctx.db, reference, statusToken);
  const [events, pkg] = await Promise.all([listEvents(ctx.db, request.id, { visibleToPersonOnly: true }), findPackageStatus(ctx.db, request.id, ctx.now())]);
  return {
    reference: request.reference,
    type: request.type,
    jurisdiction: request.jurisdiction,
    state: request.state,
    denialReason: request.denialReason,
    receivedAt: request.receivedAt.toISOString(),
    dueAt: request.dueAt.toISOString(),
    extended: request.extendedAt !== null,
    viaAgent: request.agent !== null,
    timeline: events.map((e) => ({
      at: e.at.toISOString(),
      kind: e.kind,
      state: e.toState,
      reason: e.toState === 'denied' ? (request.denialReason ?? null) : null,
    })),
    package: pkg ? { state: pkg.state, expiresAt: pkg.expiresAt?.toISOString() ?? null, downloadedAt: pkg.downloadedAt?.toISOString() ?? null } : null,
  };
}

/** The person may withdraw an open request at any time. */
export async function withdrawAsPerson(ctx: RightsContext, reference: string, statusToken: string): Promise<RightsRequest> {
  const request = await findRequestForPerson(ctx.db, reference, statusToken);
  const { value } = await transact(ctx, async (tx) => {
    const locked = await lockRequestById(tx, request.id);
    if (!locked) throw new PledgeError('request_not_found');
    return transitionRequest(ctx, tx, locked, 'withdrawn', { actor: 'person' });
  });
  return value;
}
