import { Readable } from 'node:stream';
import { z } from 'zod';
import type { PledgeApp } from '../app-types.ts';
import { principalOf } from '../auth/access-control.ts';
import { actorOf, ROLES } from '../auth/roles.ts';
import { CACHE_NONE, sendDocument } from '../notice/notice-http.ts';
import { renderConsentProofHtml } from './consent-proof-html.ts';
import { subjectKeyOf } from './consent-request-data.ts';
import { EvidenceView, SubjectParams, VerificationView } from './consent.schemas.ts';
import type { ConsentService } from './consent.service.ts';

/** Who may read the ledger as a whole (verification, aggregates, the export). */
const LEDGER_READERS = ['admin', 'privacy_officer', 'auditor'] as const;

const HistoryView = z.object({
  subjectKey: z.string(),
  records: z.array(
    EvidenceView.extend({
      accountId: z.string().nullable(),
      ipPrefix: z.string().nullable(),
      uaHash: z.string().nullable(),
      erasedAt: z.iso.datetime().nullable(),
    }),
  ),
});

const ProofView = z.object({
  subjectKey: z.string(),
  generatedAt: z.iso.datetime(),
  records: z.array(EvidenceView.extend({ hashValid: z.boolean(), erased: z.boolean() })),
  chain: VerificationView,
});

const StatsQuery = z.strictObject({
  from: z.iso.date().optional().meta({ description: 'First UTC day (YYYY-MM-DD); default 29 days before `to`.' }),
  to: z.iso.date().optional().meta({ description: 'Last UTC day, inclusive; default today.' }),
});

const StatsView = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  rates: z.array(z.object({ day: z.iso.date(), category: z.string(), records: z.number().int(), granted: z.number().int(), rate: z.number() })),
});

export function registerConsentAdminRoutes(app: PledgeApp, consent: ConsentService): void {
  app.get('/v1/admin/consents/verify', {
    config: { access: LEDGER_READERS },
    schema: { summary: 'Check the hash chain of the whole consent ledger, naming the first broken record', response: { 200: VerificationView } },
    handler: () => consent.verify(),
  });

  app.get('/v1/admin/consents/subjects/:subject', {
    config: { access: ROLES },
    schema: {
      summary: 'Every consent record of one subject, oldest first (audited: a read of personal data)',
      params: SubjectParams,
      response: { 200: HistoryView },
    },
    handler: async (request) => {
      const records = await consent.history(request.params.subject, actorOf(principalOf(request)));
      return { subjectKey: subjectKeyOf(request.params.subject), records };
    },
  });

  app.get('/v1/admin/consents/subjects/:subject/proof', {
    config: { access: ROLES },
    schema: {
      summary: 'Proof export for one subject: every record with its chain hashes and the ledger’s verification (audited)',
      description: '`format=html` answers a printable, self-contained page (print it to PDF).',
      params: SubjectParams,
      querystring: z.strictObject({ format: z.enum(['json', 'html']).default('json') }),
      response: { 200: ProofView },
    },
    handler: async (request, reply) => {
      const proof = await consent.proof(request.params.subject, actorOf(principalOf(request)));
      if (request.query.format === 'html') return sendDocument(reply, 'html', renderConsentProofHtml(proof), CACHE_NONE);
      reply.header('cache-control', 'no-store');
      return proof;
    },
  });

  app.get('/v1/admin/consents/stats', {
    config: { access: LEDGER_READERS },
    schema: { summary: 'Opt-in rate per category and UTC day (test-mode records left out)', querystring: StatsQuery, response: { 200: StatsView } },
    handler: (request) => consent.stats(request.query),
  });

  app.get('/v1/admin/consents/export', {
    config: { access: LEDGER_READERS },
    schema: {
      summary: 'The whole ledger as NDJSON, oldest first, without personal columns (audited)',
      description: 'One JSON object per line: the chained evidence of each record with seq, prevHash and hash.',
    },
    handler: async (request, reply) => {
      const lines = await consent.export(actorOf(principalOf(request)));
      return reply
        .type('application/x-ndjson')
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="consent-ledger-${new Date().toISOString().slice(0, 10)}.ndjson"`)
        .send(Readable.from(lines));
    },
  });
}
