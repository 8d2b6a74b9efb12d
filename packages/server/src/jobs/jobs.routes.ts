import { z } from 'zod';
import type { PledgeApp } from '../app-types.ts';
import type { Db } from '../db/database.ts';
import { PledgeError } from '../errors/pledge-error.ts';
import { listJobs, retryDeadJob } from './job-queries.repository.ts';

const JobView = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(['queued', 'running', 'done', 'dead']),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  runAt: z.date(),
  lastError: z.string().nullable(),
  createdAt: z.date(),
  finishedAt: z.date().nullable(),
});

/** Jobs that ran out of attempts are surfaced here, for a person to look at and retry once the cause is fixed. */
export function registerJobRoutes(app: PledgeApp, db: Db): void {
  app.get('/v1/admin/jobs', {
    config: { access: ['admin', 'privacy_officer', 'auditor'] },
    schema: {
      summary: 'List jobs, newest first (status=dead for those that need a person)',
      querystring: z.object({ status: z.enum(['queued', 'running', 'done', 'dead']).optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }),
      response: { 200: z.object({ jobs: z.array(JobView) }) },
    },
    handler: async (request) => ({
      jobs: (await listJobs(db, { limit: request.query.limit, ...(request.query.status ? { status: request.query.status } : {}) })).map(({ payload: _p, idempotencyKey: _k, ...job }) => job),
    }),
  });

  app.post('/v1/admin/jobs/:id/retry', {
    config: { access: ['admin'] },
    schema: { summary: 'Put a dead job back in the queue for one more attempt', params: z.object({ id: z.uuid() }), response: { 204: z.null() } },
    handler: async (request, reply) => {
      if (!(await retryDeadJob(db, request.params.id))) throw new PledgeError('job_not_found');
      return reply.code(204).send(null);
    },
  });
}
