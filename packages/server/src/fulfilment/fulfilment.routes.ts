import { IDENTITY_TYPES } from '@pledge/manifest';
import { z } from 'zod';
import type { PledgeApp } from '../app-types.ts';
import { actorOf } from '../auth/roles.ts';
import { principalOf } from '../auth/access-control.ts';
import type { FulfilmentService } from './fulfilment.service.ts';

const READERS = ['admin', 'privacy_officer', 'support_agent', 'auditor'] as const;
const DECIDERS = ['admin', 'privacy_officer'] as const;
const Reference = z.object({ reference: z.string().min(1).max(40) });

const StepView = z.object({
  id: z.string(),
  key: z.string(),
  position: z.number().int(),
  kind: z.string(),
  system: z.string().nullable(),
  dataset: z.string().nullable(),
  recipient: z.string().nullable(),
  status: z.enum(['pending', 'running', 'done', 'failed', 'waiting_manual']),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  result: z.record(z.string(), z.unknown()).nullable().meta({ description: 'Counts, retention reasons, the task for a person: never the personal data itself.' }),
  resolvedBy: z.string().nullable(),
  startedAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
});

/** The team's view of a request's fulfilment: progress per dataset and recipient, and the tasks waiting for a person. */
export function registerFulfilmentRoutes(app: PledgeApp, fulfilment: FulfilmentService): void {
  app.get('/v1/admin/requests/:reference/fulfilment', {
    config: { access: READERS },
    schema: {
      summary: "A request's fulfilment steps and the recipients told (GDPR Art. 19)",
      params: Reference,
      response: { 200: z.object({ reference: z.string(), state: z.string(), steps: z.array(StepView), notifications: z.array(z.object({ recipient: z.string(), event: z.string(), channel: z.string(), status: z.string(), createdAt: z.date() })) }) },
    },
    handler: (request) => fulfilment.progress(request.params.reference),
  });

  app.post('/v1/admin/requests/:reference/steps/:key/resolve', {
    config: { access: DECIDERS },
    schema: {
      summary: 'Mark a manual task as done; the request then finishes its remaining steps',
      params: Reference.extend({ key: z.string().min(1).max(300) }),
      body: z.object({ note: z.string().min(1).max(2000).meta({ description: 'What was done, for the audit log. No personal data.' }) }),
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await fulfilment.resolveTask(request.params.reference, request.params.key, actorOf(principalOf(request)), request.body.note);
      return reply.code(204).send(null);
    },
  });

  app.post('/v1/admin/requests/:reference/identities', {
    config: { access: DECIDERS },
    schema: {
      summary: 'Attach a checked identifier (e.g. a cookie id) before approval, so fulfilment also searches by it',
      params: Reference,
      body: z.object({ type: z.enum(IDENTITY_TYPES), value: z.string().min(1).max(500) }),
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await fulfilment.attachIdentity(request.params.reference, request.body, actorOf(principalOf(request)));
      return reply.code(204).send(null);
    },
  });
}
