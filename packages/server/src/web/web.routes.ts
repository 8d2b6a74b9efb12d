import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { PledgeApp } from '../app-types.ts';
import { PledgeError } from '../errors/pledge-error.ts';
import { strictCsp } from '../notice/notice-http.ts';
import { createWebAssets, NOT_BUILT_PAGE, type WebFile } from './web-assets.ts';
import { CENTER_PAGES, CONSOLE_PAGES } from './web-pages.ts';

/** Hashed file names change with their content, so they may be cached for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The privacy center and admin console are one single-page app: each of its pages (web-pages.ts) answers
 * index.html, and the app routes in the browser. Its own origin only: no CDN, font or analytics (`img-src` also allows
 * the organisation's logo, the one outside resource the manifest may name).
 *
 * `frameAncestors`: who may frame the page. The privacy center may be embedded on the company's own sites (the
 * manifest's cookieSettings.origins, where its banner runs); the admin console never (clickjacking).
 */
export function appCsp(logoUrl: string | undefined, frameAncestors: readonly string[] = []): string {
  const logoOrigin = logoUrl?.startsWith('https://') || logoUrl?.startsWith('http://') ? ` ${new URL(logoUrl).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data:${logoOrigin}`,
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors.length > 0 ? frameAncestors.join(' ') : "'none'"}`,
  ].join('; ');
}

export function registerWebRoutes(app: PledgeApp, options: { distDir?: string; logoUrl?: string | undefined; embedOrigins?: readonly string[] } = {}): void {
  const assets = createWebAssets(options.distDir);
  const consoleCsp = appCsp(options.logoUrl);
  const centerCsp = appCsp(options.logoUrl, ["'self'", ...new Set((options.embedOrigins ?? []).map((o) => new URL(o).origin))]);

  const sendIndex = async (reply: FastifyReply, csp: string): Promise<FastifyReply> => {
    const index = await assets.index();
    reply.header('x-content-type-options', 'nosniff').header('referrer-policy', 'no-referrer');
    if (!index) {
      return reply.code(503).header('retry-after', '300').header('cache-control', 'no-store').header('content-security-policy', strictCsp(NOT_BUILT_PAGE)).type('text/html; charset=utf-8').send(NOT_BUILT_PAGE);
    }
    // no-cache: always revalidated, so a new build's asset names are picked up at once.
    return send(reply.header('content-security-policy', csp).header('cache-control', 'no-cache'), index);
  };

  for (const url of [...CENTER_PAGES, ...CONSOLE_PAGES]) {
    app.get(url, {
      config: { access: 'public' },
      schema: { summary: url.startsWith('/privacy') ? "The privacy center (web app; may be framed by the company's own sites)" : 'The admin console (web app; its API calls need a login; never framed)' },
      handler: (_request, reply) => sendIndex(reply, url.startsWith('/privacy') ? centerCsp : consoleCsp),
    });
  }

  app.get('/ui/assets/:file', {
    config: { access: 'public' },
    schema: { summary: 'A static file of the web app (script, style sheet, image), named by its content hash', params: z.object({ file: z.string().max(200) }) },
    handler: async (request, reply) => {
      const file = await assets.file(`assets/${request.params.file}`);
      if (!file) throw new PledgeError('not_found', { message: 'No such file.' });
      return send(reply.header('cache-control', IMMUTABLE).header('x-content-type-options', 'nosniff'), file);
    },
  });
}

function send(reply: FastifyReply, file: WebFile): FastifyReply {
  reply.header('etag', file.etag);
  if (reply.request.headers['if-none-match'] === file.etag) return reply.code(304).send();
  return reply.type(file.contentType).send(file.body);
}
