import { z } from 'zod';
import type { PledgeApp } from '../app-types.ts';
import type { Readiness } from '../db/readiness.ts';

export function registerHealthRoutes(app: PledgeApp, checkReadiness: () => Promise<Readiness>): void {
  app.get('/healthz', {
    config: { access: 'public' },
    schema: { summary: 'Liveness: the process answers', response: { 200: z.object({ status: z.literal('ok') }) } },
    handler: async () => ({ status: 'ok' as const }),
  });

  app.get('/readyz', {
    config: { access: 'public' },
    schema: {
      summary: 'Readiness: the database answers and its migrations are current',
      response: {
        200: z.object({ status: z.literal('ready') }),
        503: z.object({ status: z.literal('not_ready'), reason: z.enum(['database_unreachable', 'migrations_pending']) }),
      },
    },
    handler: async (_request, reply) => {
      const readiness = await checkReadiness();
      if (readiness.ready) return reply.code(200).send({ status: 'ready' as const });
      return reply.code(503).send({ status: 'not_ready' as const, reason: readiness.reason });
    },
  });
}
