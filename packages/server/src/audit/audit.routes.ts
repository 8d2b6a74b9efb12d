import { z } from 'zod';
import type { PledgeApp } from '../app-types.ts';
import type { AuditService } from './audit.service.ts';

const AUDIT_READERS = ['admin', 'privacy_officer', 'auditor'] as const;

const AuditEntryView = z.object({
  seq: z.number().int(),
  at: z.iso.datetime(),
  actor: z.string().meta({ description: '`key:<api key id>`, `system` or `cli`.' }),
  action: z.string(),
  target: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});

const AuditPageQuery = z.object({
  after: z.coerce.number().int().min(0).default(0).meta({ description: 'Return entries with seq greater than this.' }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const VerificationView = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    checked: z.number().int(),
    head: z.object({ seq: z.number().int(), hash: z.string() }).nullable().meta({
      description: 'Record this elsewhere: removing the newest entries is only detectable against a copy of the head.',
    }),
  }),
  z.object({
    ok: z.literal(false),
    checked: z.number().int(),
    firstBroken: z.object({ seq: z.number().int(), reason: z.string() }),
  }),
]);

export function registerAuditRoutes(app: PledgeApp, audit: AuditService): void {
  app.get('/v1/admin/audit', {
    config: { access: AUDIT_READERS },
    schema: {
      summary: 'Read the audit log, oldest first',
      querystring: AuditPageQuery,
      response: {
        200: z.object({
          entries: z.array(AuditEntryView),
          next: z.number().int().nullable().meta({ description: 'Pass as `after` for the next page; null at the end.' }),
        }),
      },
    },
    handler: async (request) => {
      const entries = await audit.list(request.query);
      const last = entries.at(-1);
      return { entries, next: entries.length === request.query.limit && last ? last.seq : null };
    },
  });

  app.get('/v1/admin/audit/verify', {
    config: { access: AUDIT_READERS },
    schema: { summary: 'Check the hash chain of the whole audit log', response: { 200: VerificationView } },
    handler: () => audit.verify(),
  });
}
