import { createHash } from 'node:crypto';
import type { Language } from '@pledge/manifest';
import type { FastifyReply } from 'fastify';
import { PledgeError } from '../errors/pledge-error.ts';

export const CONTENT_TYPES = {
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
} as const;

/** A published version never changes (the database refuses to), so it may be cached for a year. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** "The current notice" changes when a new version is published: a minute of caching is a fair trade. */
export const CACHE_SHORT = 'public, max-age=60';
/** Unpublished drafts and authenticated documents are never kept by caches. */
export const CACHE_NONE = 'no-store';

/**
 * A strict Content-Security-Policy for a page Pledge generated: nothing may load or run except the page's own
 * stylesheets, allowed by their SHA-256 (CSP Level 3 §8.4: hash-source over the element's text), and images from
 * the origins of the page's own <img> tags (the organisation's logo). No scripts, frames, forms or plugins.
 */
export function strictCsp(html: string): string {
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1] ?? '', 'utf8').digest('base64')}'`,
  );
  const images = [...new Set([...html.matchAll(/<img [^>]*src="(https?:[^"]+)"/g)].flatMap((m) => originOf(m[1] ?? '')))];
  return [
    "default-src 'none'",
    `style-src ${styles.length > 0 ? styles.join(' ') : "'none'"}`,
    ...(images.length > 0 ? [`img-src ${images.join(' ')}`] : []),
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Sends a generated document with its type, caching and, for HTML, the strict CSP. */
export function sendDocument(
  reply: FastifyReply,
  format: keyof typeof CONTENT_TYPES,
  body: string,
  cacheControl: string,
): FastifyReply {
  reply.header('content-type', CONTENT_TYPES[format]).header('cache-control', cacheControl).header('x-content-type-options', 'nosniff');
  if (format === 'html') reply.header('content-security-policy', strictCsp(body)).header('referrer-policy', 'no-referrer');
  return reply.send(body);
}

/** The language asked for, or the default; 404 naming the declared ones when the document is not written in it. */
export function resolveLanguage(requested: Language | undefined, declared: readonly Language[], fallback: Language): Language {
  const lang = requested ?? fallback;
  if (declared.includes(lang)) return lang;
  throw new PledgeError('notice_language_not_declared', {
    message: `The notice is not published in "${lang}". Choose one of: ${declared.join(', ')}.`,
    details: { lang, declared },
  });
}

function originOf(url: string): string[] {
  try {
    return [new URL(url.replaceAll('&amp;', '&')).origin];
  } catch {
    return [];
  }
}
