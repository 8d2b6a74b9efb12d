import { z } from 'zod';
import type { PledgeApp } from '../app-types.ts';
import { principalOf } from '../auth/access-control.ts';
import { actorOf } from '../auth/roles.ts';
import { OFFICERS } from './admin-requests.routes.ts';
import { ApprovalView, toApprovalView } from './admin-views.ts';
import type { ApprovalsService } from './approvals.service.ts';
import { AssuranceSchema, IdParams, RequestTypeSchema } from './request-schemas.ts';

const READERS = ['admin', 'privacy_officer', 'auditor'] as const;
const LEVEL_READERS = ['admin', 'privacy_officer', 'support_agent', 'auditor'] as const;
const LevelView = z.object({
  type: RequestTypeSchema,
  default: AssuranceSchema.meta({ description: 'What the manifest asks for this type.' }),
  minimum: AssuranceSchema.meta({ description: 'The floor no approval can go below: types that release or change data need a factor.' }),
  effective: AssuranceSchema,
  changedBy: z.string().nullable(),
  changedAt: z.iso.datetime().nullable(),
  approvedBy: z.string().nullable().meta({ description: 'The second approver of a lowered level; null for the default or a raised one.' }),
});
const Actors = z.record(z.string(), z.string()).meta({ description: 'Who the staff actors named above are: `user:<id>` → account e-mail, `key:<id>` → API key label.' });

/** The two-person rule's routes: what waits for a second approver, and the assurance each type needs. */
export function registerApprovalRoutes(app: PledgeApp, approvals: ApprovalsService): void {
  app.get('/v1/admin/approvals', {
    config: { access: READERS },
    schema: { summary: 'Proposals waiting for a second approver', response: { 200: z.object({ approvals: z.array(ApprovalView), actors: Actors }) } },
    handler: async () => {
      const pending = await approvals.pending();
      return { approvals: pending.approvals.map(toApprovalView), actors: pending.actors };
    },
  });

  app.post('/v1/admin/approvals/:id/decision', {
    config: { access: OFFICERS },
    schema: {
      summary: 'Approve or reject a proposal (not by the key that proposed it)',
      params: IdParams,
      body: z.strictObject({ decision: z.enum(['approved', 'rejected']) }),
      response: { 200: z.object({ approval: ApprovalView }) },
    },
    handler: async (request) => ({ approval: toApprovalView(await approvals.decide(request.params.id, request.body.decision, actorOf(principalOf(request)))) }),
  });

  app.get('/v1/admin/assurance', {
    config: { access: LEVEL_READERS },
    schema: { summary: 'The identity assurance each request type needs', response: { 200: z.object({ levels: z.array(LevelView), actors: Actors }) } },
    handler: async () => {
      const { levels, actors } = await approvals.levels();
      return { levels: levels.map((l) => ({ ...l, changedAt: l.changedAt?.toISOString() ?? null })), actors };
    },
  });

  app.post('/v1/admin/assurance', {
    config: { access: OFFICERS },
    schema: {
      summary: 'Change the assurance a request type needs',
      description: 'Raising applies at once; lowering is proposed (202) and applies when a second, different key approves. 400 below the type\'s minimum; 409 approval_already_pending while a lowering of the same type waits.',
      body: z.strictObject({ type: RequestTypeSchema, level: AssuranceSchema, reason: z.string().trim().min(10).max(2000) }),
      response: { 200: z.object({ applied: z.literal(true) }), 202: z.object({ applied: z.literal(false), approval: ApprovalView }) },
    },
    handler: async (request, reply) => {
      const result = await approvals.changeAssurance(request.body, actorOf(principalOf(request)));
      if (result.applied || !result.approval) return reply.code(200).send({ applied: true as const });
      return reply.code(202).send({ applied: false as const, approval: toApprovalView(result.approval) });
    },
  });
}
