import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'pledge_session';
export const CSRF_HEADER = 'x-csrf-token';

/** RFC 6265 §5.4: the Cookie header is `name=value` pairs separated by "; ". Returns the first value of `name`. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq).trim() === name) return pair.slice(eq + 1).trim() || null;
  }
  return null;
}

/**
 * HttpOnly: scripts cannot read it (XSS cannot steal the session). SameSite=Strict: browsers never send it on
 * requests started by another site (RFC 6265bis §5.4.7), the first line against CSRF. Secure whenever the server is
 * reached over HTTPS, directly or (per PLEDGE_PUBLIC_URL) behind a proxy.
 */
export function sessionCookie(token: string, options: { secure: boolean; maxAgeSeconds: number }): string {
  const parts = [`${SESSION_COOKIE}=${token}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${options.maxAgeSeconds}`];
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}

export function clearedSessionCookie(secure: boolean): string {
  return sessionCookie('', { secure, maxAgeSeconds: 0 });
}

export function isSecureRequest(request: FastifyRequest, publicUrl: string): boolean {
  return request.protocol === 'https' || publicUrl.startsWith('https:');
}

/**
 * The synchronizer token of a session (OWASP CSRF cheat sheet), derived from the session token so nothing more is
 * stored: a page of our origin learns it from GET /v1/auth/session and sends it as X-CSRF-Token on every unsafe
 * request; another site can neither read it nor compute it.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update(`pledge-csrf:${sessionToken}`, 'utf8').digest('base64url');
}

export function csrfMatches(sessionToken: string, presented: unknown): boolean {
  if (typeof presented !== 'string') return false;
  const expected = Buffer.from(csrfTokenFor(sessionToken));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
