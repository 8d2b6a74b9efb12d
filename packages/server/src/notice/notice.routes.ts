import type { Language, Manifest } from '@pledge/manifest';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { PledgeApp } from '../app-types.ts';
import { CACHE_IMMUTABLE, CACHE_NONE, CACHE_SHORT, resolveLanguage, sendDocument } from './notice-http.ts';
import { renderDraft } from './notice-renders.ts';
import { NoticeQuery, VersionParams, VersionsQuery, VersionSummaryView } from './notice-schemas.ts';
import type { NoticeVersionRecord, StoredFormat } from './notice-types.ts';
import { toSummaryView } from './notice-views.ts';
import type { NoticeService } from './notice.service.ts';

const FORMATS_DOC = 'format=html (a standalone page), md (Markdown) or json (`{status, version, ..., notice}` with the structured notice).';

/** The public privacy notice: the current version, the archive of every earlier one, exactly as published. */
export function registerNoticeRoutes(app: PledgeApp, manifest: Manifest, notice: NoticeService): void {
  app.get('/notice', {
    config: { access: 'public' },
    schema: {
      summary: 'The privacy notice in force (the latest published version)',
      description: `Before the first publication, the manifest rendered live, marked as a draft. ${FORMATS_DOC}`,
      querystring: NoticeQuery,
    },
    handler: async (request, reply) => {
      const { format } = request.query;
      const latest = await notice.latest();
      if (latest) return sendVersion(reply, latest, request.query.lang, format, CACHE_SHORT);
      const { languages, defaultLanguage, effectiveDate } = manifest.notice;
      const lang = resolveLanguage(request.query.lang, languages, defaultLanguage);
      const body = renderDraft(manifest, lang, format);
      reply.header('x-pledge-notice-version', 'draft');
      const meta = { status: 'draft', version: null, lang, effectiveDate, publishedAt: null, material: null, changes: [] };
      return sendDocument(reply, format, format === 'json' ? withNotice(meta, body) : body, CACHE_NONE);
    },
  });

  app.get('/notice/versions', {
    config: { access: 'public' },
    schema: {
      summary: 'Every published version of the notice, newest first',
      querystring: VersionsQuery,
      response: { 200: z.object({ versions: z.array(VersionSummaryView) }) },
    },
    handler: async (request, reply) => {
      const lang = resolveLanguage(request.query.lang, manifest.notice.languages, manifest.notice.defaultLanguage);
      reply.header('cache-control', CACHE_SHORT);
      return { versions: (await notice.list()).map((v) => toSummaryView(v, lang)) };
    },
  });

  app.get('/notice/versions/:number', {
    config: { access: 'public' },
    schema: {
      summary: 'One published version of the notice, exactly as it was published',
      description: FORMATS_DOC,
      params: VersionParams,
      querystring: NoticeQuery,
    },
    handler: async (request, reply) => {
      const version = await notice.version(request.params.number);
      return sendVersion(reply, version, request.query.lang, request.query.format, CACHE_IMMUTABLE);
    },
  });
}

function sendVersion(reply: FastifyReply, v: NoticeVersionRecord, requested: Language | undefined, format: StoredFormat, cache: string): FastifyReply {
  const lang = resolveLanguage(requested, v.languages, v.defaultLanguage);
  const stored = v.renders[lang]?.[format];
  if (stored === undefined) throw new Error(`notice version ${v.number} has no ${lang}/${format} render`);
  reply.header('x-pledge-notice-version', String(v.number));
  if (format !== 'json') return sendDocument(reply, format, stored, cache);
  const meta = {
    status: 'published',
    version: v.number,
    lang,
    effectiveDate: v.effectiveDate,
    publishedAt: v.publishedAt.toISOString(),
    material: v.material,
    changes: v.summaries[lang] ?? [],
  };
  return sendDocument(reply, 'json', withNotice(meta, stored), cache);
}

/** Appends the stored notice JSON as it is, byte for byte, rather than parsing and re-serialising it. */
function withNotice(meta: Record<string, unknown>, noticeJson: string): string {
  return `${JSON.stringify(meta).slice(0, -1)},"notice":${noticeJson}}`;
}
