import type { Manifest } from '@pledge/manifest';
import { recordsOfProcessing, recordsToCsv, recordsToHtml, subprocessorList } from '@pledge/notice';
import type { PledgeApp } from '../app-types.ts';
import { CACHE_IMMUTABLE, CACHE_NONE, CACHE_SHORT, resolveLanguage, sendDocument } from './notice-http.ts';
import { DiffQuery, DiffView, RecordsQuery, SubprocessorsQuery } from './notice-schemas.ts';
import { toChangeView } from './notice-views.ts';
import { subprocessorsToHtml } from './subprocessors-html.ts';
import type { NoticeService } from './notice.service.ts';

const RECORDS_READERS = ['admin', 'privacy_officer', 'auditor'] as const;

/** Documents derived from the notice: differences between versions, the sub-processor list, the Art. 30 records. */
export function registerNoticeDocumentRoutes(app: PledgeApp, manifest: Manifest, notice: NoticeService): void {
  const { languages, defaultLanguage } = manifest.notice;

  app.get('/notice/diff', {
    config: { access: 'public' },
    schema: {
      summary: 'What changed between two published versions, each change with its materiality',
      querystring: DiffQuery,
      response: { 200: DiffView },
    },
    handler: async (request, reply) => {
      const lang = resolveLanguage(request.query.lang, languages, defaultLanguage);
      const diff = await notice.diff(request.query.from, request.query.to);
      // Both versions are immutable, so their difference is too.
      reply.header('cache-control', CACHE_IMMUTABLE);
      return {
        from: { number: diff.from.number, effectiveDate: diff.from.effectiveDate },
        to: { number: diff.to.number, effectiveDate: diff.to.effectiveDate },
        lang,
        material: diff.material,
        affectedPurposes: diff.affectedPurposes,
        changes: diff.changes.map((c) => toChangeView(c, lang)),
      };
    },
  });

  app.get('/notice/subprocessors', {
    config: { access: 'public' },
    schema: {
      summary: 'The processors and sub-processors named in the notice in force (GDPR Art. 28)',
      description: 'From the latest published version; from the manifest before the first publication. format=json or html.',
      querystring: SubprocessorsQuery,
    },
    handler: async (request, reply) => {
      const latest = await notice.latest();
      const source = latest?.manifest ?? manifest;
      const lang = resolveLanguage(request.query.lang, source.notice.languages, source.notice.defaultLanguage);
      const entries = subprocessorList(source, lang);
      if (request.query.format === 'html') {
        return sendDocument(reply, 'html', subprocessorsToHtml(entries, source.organisation.name, lang), CACHE_SHORT);
      }
      const body = { lang, version: latest?.number ?? null, subprocessors: entries };
      return sendDocument(reply, 'json', JSON.stringify(body), CACHE_SHORT);
    },
  });

  app.get('/notice/records', {
    config: { access: RECORDS_READERS },
    schema: {
      summary: 'The records of processing activities (GDPR Art. 30) from the manifest in force',
      description: 'role=controller (Art. 30(1)) or processor (Art. 30(2)); format=csv (a download, RFC 4180) or html.',
      querystring: RecordsQuery,
    },
    handler: async (request, reply) => {
      const { role, format } = request.query;
      const lang = resolveLanguage(request.query.lang, languages, defaultLanguage);
      const records = recordsOfProcessing(manifest, role, lang);
      if (format === 'html') return sendDocument(reply, 'html', recordsToHtml(records), CACHE_NONE);
      reply.header('content-disposition', `attachment; filename="records-of-processing-${role}.csv"`);
      return sendDocument(reply, 'csv', recordsToCsv(records), CACHE_NONE);
    },
  });
}
