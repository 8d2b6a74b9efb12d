import type { Db } from '../db/database.ts';
import { PledgeError } from '../errors/pledge-error.ts';
import type { MailContent } from '../mail/mail-content.ts';
import { findActorLabels } from './actor-labels.repository.ts';
import { findAgentDocumentInfo } from './agent-documents.repository.ts';
import { listPendingApprovals, type Approval } from './approvals.repository.ts';
import type { ProofMethod } from './assurance.ts';
import { fieldError, findRequestForStaff } from './request-access.ts';
import { insertEvent, listEvents, listLinks } from './request-events.repository.ts';
import type { RequestEvent, RightsRequest } from './request-model.ts';
import { addProof } from './request-proofs.ts';
import { isTerminal, type RequestState } from './request-state-machine.ts';
import { listRequests, lockRequestById, updateRequest, type RequestFilter } from './requests.repository.ts';
import { mailDate, transact, type Outbox, type RightsContext } from './rights-context.ts';
import { deadlinesOf, transitionRequest } from './request-transitions.ts';

export interface RequestDetail {
  request: RightsRequest;
  events: RequestEvent[];
  links: Array<{ id: string; reference: string; kind: string }>;
  pendingApprovals: Approval[];
  /** The agent's authorisation waiting for review (its metadata only); null once decided, as the copy is deleted then. */
  agentDocument: { contentType: string; sizeBytes: number; uploadedAt: Date } | null;
  /** Labels for the staff actors named on the timeline and the approvals (e-mail of an account, label of an API key). */
  actors: Record<string, string>;
}

/** Staff-recorded proofs. Knowledge answers may be noted but never count towards verification (attack 5). */
export const STAFF_PROOF_METHODS = ['second_identifier', 'id_document_review', 'knowledge_questions'] as const satisfies readonly ProofMethod[];

export interface AdminRequestsOptions {
  /**
   * Starts fulfilment (fulfilment.service.ts `start`: plans the steps, enqueues the job) inside the approval's
   * transaction, so the approval and its job commit together. Without it the fulfilment worker picks the request up
   * when idle.
   */
  startFulfilment?: (requestId: string, tx: Db) => Promise<unknown>;
}

export function createAdminRequestsService(ctx: RightsContext, options: AdminRequestsOptions = {}) {
  /** Runs `fn` on the locked request in one transaction; mails go after the commit. */
  const mutate = async (id: string, fn: (tx: Db, locked: RightsRequest, outbox: Outbox) => Promise<RightsRequest>) =>
    (
      await transact(ctx, async (tx, outbox) => {
        const locked = await lockRequestById(tx, id);
        if (!locked) throw new PledgeError('request_not_found', { message: 'No request with this id.', details: { id } });
        return fn(tx, locked, outbox);
      })
    ).value;
  const notify = (outbox: Outbox, r: RightsRequest, content: MailContent) => outbox.push({ to: r.deliveryEmail, language: r.language, requestId: r.id, content });
  const move = (id: string, to: RequestState, actor: string, mail?: (r: RightsRequest) => MailContent) =>
    mutate(id, async (tx, locked, outbox) => {
      const moved = await transitionRequest(ctx, tx, locked, to, { actor });
      if (mail) notify(outbox, moved, mail(moved));
      return moved;
    });

  return {
    list: (filter: RequestFilter) => listRequests(ctx.db, filter),

    /** Personal data: every read is audited. */
    detail: async (id: string, actor: string): Promise<RequestDetail> => {
      const request = await findRequestForStaff(ctx.db, id);
      await ctx.audit.record({ actor, action: 'rights_request.read', target: `rights_request:${id}` });
      const [events, links, pendingApprovals, agentDocument] = await Promise.all([
        listEvents(ctx.db, id, { visibleToPersonOnly: false }),
        listLinks(ctx.db, id),
        listPendingApprovals(ctx.db, id),
        request.agent ? findAgentDocumentInfo(ctx.db, id) : undefined,
      ]);
      const named = [...events.map((e) => e.actor), ...pendingApprovals.map((a) => a.proposedBy), ...request.proofs.map((p) => p.by)];
      return { request, events, links, pendingApprovals, agentDocument: agentDocument ?? null, actors: await findActorLabels(ctx.db, named) };
    },

    /** GDPR Art. 12(3): once, within the first period, with reasons told to the person; CCPA §7021(b): once, +45 days, with notice. */
    extend: (id: string, reason: string, actor: string) =>
      mutate(id, async (tx, r, outbox) => {
        const why = (problem: string) => new PledgeError('request_extension_not_allowed', { message: `The deadline cannot be extended: ${problem}.`, details: { problem } });
        if (isTerminal(r.state)) throw why('the request is closed');
        if (r.extendedAt !== null) throw why('it was already extended once');
        if (deadlinesOf(ctx, r).extension === null) throw why(`${r.jurisdiction} allows no extension for this type`);
        if (ctx.now() > r.dueAt) throw why('the deadline has passed');
        const at = ctx.now();
        const extended = { ...r, extendedAt: at, extensionReason: reason };
        const { dueAt, targetAt } = deadlinesOf(ctx, extended);
        await updateRequest(tx, r.id, { extendedAt: at, extensionReason: reason, dueAt, targetAt });
        await insertEvent(tx, { requestId: r.id, at, kind: 'deadline_extended', actor, visibleToPerson: true, details: { dueAt: dueAt.toISOString() } });
        await ctx.audit.record({ actor, action: 'rights_request.extended', target: `rights_request:${r.id}`, details: { previousDueAt: r.dueAt.toISOString(), dueAt: dueAt.toISOString() } }, tx);
        notify(outbox, r, { template: 'extension', reference: r.reference, dueDate: mailDate(dueAt), reason });
        return { ...extended, dueAt, targetAt };
      }),

    /** Approval starts fulfilment: verified → in_progress, and the fulfilment job enqueued in the same commit. */
    approve: (id: string, actor: string) =>
      mutate(id, async (tx, locked) => {
        const approved = await transitionRequest(ctx, tx, locked, 'in_progress', { actor });
        await options.startFulfilment?.(approved.id, tx);
        return approved;
      }),

    complete: (id: string, actor: string) => move(id, 'completed', actor, (r) => ({ template: 'completion', reference: r.reference, requestType: r.type })),

    recordProof: (id: string, input: { method: (typeof STAFF_PROOF_METHODS)[number]; identifiers: string[]; note?: string | undefined }, actor: string) =>
      mutate(id, async (tx, locked) => {
        const offered: readonly string[] = ctx.manifest.rights.verification.methods;
        if (input.method !== 'knowledge_questions' && !offered.includes(input.method)) {
          throw fieldError('body.method', 'not_offered', `"${input.method}" is not a verification method of the manifest (rights.verification.methods)`);
        }
        if (locked.state !== 'received' && locked.state !== 'identity_verification') throw new PledgeError('request_transition_illegal', { details: { state: locked.state } });
        return addProof(ctx, tx, locked, { method: input.method, at: ctx.now().toISOString(), identifiers: input.identifiers, by: actor }, input.note);
      }),
  };
}

export type AdminRequestsService = ReturnType<typeof createAdminRequestsService>;
