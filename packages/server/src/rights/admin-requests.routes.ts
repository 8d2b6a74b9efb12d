import { z } from 'zod';
import type { PledgeApp } from '../app-types.ts';
import { principalOf } from '../auth/access-control.ts';
import { actorOf } from '../auth/roles.ts';
import { STAFF_PROOF_METHODS, type AdminRequestsService } from './admin-requests.service.ts';
import { ApprovalView, RequestDetailView, RequestListItem, toApprovalView, toDetailView, toListItem } from './admin-views.ts';
import type { ApprovalsService } from './approvals.service.ts';
import { takeInRequest } from './intake.service.ts';
import { AdminIntakeBody, DenialReasonSchema, IdParams, IntakeAccepted, JurisdictionSchema, RequestTypeSchema, StateSchema } from './request-schemas.ts';
import type { RightsContext } from './rights-context.ts';

export const STAFF = ['admin', 'privacy_officer', 'support_agent'] as const;
export const OFFICERS = ['admin', 'privacy_officer'] as const;
const LIST_READERS = ['admin', 'privacy_officer', 'support_agent', 'auditor'] as const;

const ListQuery = z.strictObject({
  type: RequestTypeSchema.optional(),
  state: StateSchema.optional(),
  jurisdiction: JurisdictionSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
const Reason = z.string().trim().min(10).max(2000);

export function registerAdminRequestRoutes(app: PledgeApp, ctx: RightsContext, admin: AdminRequestsService, approvals: ApprovalsService): void {
  const detail = async (id: string, actor: string) => toDetailView(await admin.detail(id, actor), ctx.now());

  app.post('/v1/admin/requests', {
    config: { access: STAFF },
    schema: { summary: 'Record a request that came by e-mail, phone or letter', description: 'The deadline runs from receivedAt.', body: AdminIntakeBody, response: { 202: IntakeAccepted } },
    handler: async (request, reply) => {
      const { channel, receivedAt, ...input } = request.body;
      const { request: created, statusToken } = await takeInRequest(ctx, input, { channel, receivedAt: new Date(receivedAt), actor: actorOf(principalOf(request)) });
      reply.header('cache-control', 'no-store');
      return reply.code(202).send({ reference: created.reference, statusToken });
    },
  });

  app.get('/v1/admin/requests', {
    config: { access: LIST_READERS },
    schema: { summary: 'Requests: open ones first, overdue then due soon', querystring: ListQuery, response: { 200: z.object({ requests: z.array(RequestListItem) }) } },
    handler: async (request) => ({ requests: (await admin.list(request.query)).map((r) => toListItem(r, ctx.now())) }),
  });

  app.get('/v1/admin/requests/:id', {
    config: { access: STAFF },
    schema: { summary: 'One request with its personal data and timeline (the read is audited)', params: IdParams, response: { 200: RequestDetailView } },
    handler: async (request) => detail(request.params.id, actorOf(principalOf(request))),
  });

  app.post('/v1/admin/requests/:id/extend', {
    config: { access: OFFICERS },
    schema: { summary: 'Extend the deadline once, before it passes; the person is told why', params: IdParams, body: z.strictObject({ reason: Reason }), response: { 200: RequestDetailView } },
    handler: async (request) => {
      const actor = actorOf(principalOf(request));
      await admin.extend(request.params.id, request.body.reason, actor);
      return detail(request.params.id, actor);
    },
  });

  for (const [path, summary, action] of [
    ['approve', 'Approve a verified request: fulfilment starts (in_progress)', admin.approve],
    ['complete', 'Mark a request completed; the person is told', admin.complete],
  ] as const) {
    app.post(`/v1/admin/requests/:id/${path}`, {
      config: { access: OFFICERS },
      schema: { summary, params: IdParams, response: { 200: RequestDetailView } },
      handler: async (request) => {
        const actor = actorOf(principalOf(request));
        await action(request.params.id, actor);
        return detail(request.params.id, actor);
      },
    });
  }

  app.post('/v1/admin/requests/:id/deny', {
    config: { access: OFFICERS },
    schema: {
      summary: 'Deny a request',
      description: 'manifestly_unfounded and excessive need evidence and are only proposed (202): a second, different key must approve.',
      params: IdParams,
      body: z.strictObject({ reason: DenialReasonSchema, evidence: Reason.optional() }),
      response: { 200: RequestDetailView, 202: z.object({ approval: ApprovalView }) },
    },
    handler: async (request, reply) => {
      const actor = actorOf(principalOf(request));
      const outcome = await approvals.deny(request.params.id, request.body, actor);
      if ('pending' in outcome) return reply.code(202).send({ approval: toApprovalView(outcome.pending) });
      return reply.code(200).send(await detail(request.params.id, actor));
    },
  });

  app.post('/v1/admin/requests/:id/proofs', {
    config: { access: STAFF },
    schema: {
      summary: 'Record an identity check done by staff',
      description: 'second_identifier (e.g. a call-back to the phone on file) and id_document_review count as factors; knowledge_questions are recorded but never count.',
      params: IdParams,
      body: z.strictObject({ method: z.enum(STAFF_PROOF_METHODS), identifiers: z.array(z.enum(['phone', 'account_id', 'postal_address', 'customer_number'])).max(4).default([]), note: z.string().max(2000).optional() }),
      response: { 200: RequestDetailView },
    },
    handler: async (request) => {
      const actor = actorOf(principalOf(request));
      await admin.recordProof(request.params.id, request.body, actor);
      return detail(request.params.id, actor);
    },
  });
}
