// CORS for the consent endpoint, by hand rather than @fastify/cors: only the origins the manifest lists
// (cookieSettings.origins) may record consent, a refused origin gets 403 with no CORS header at all, and every
// route (the preflight too) goes through the access control like any other.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Principal, Role } from '../auth/roles.ts';
import { PledgeError } from '../errors/pledge-error.ts';

/** Roles whose API key may record consent server-to-server (no Origin), including imports. */
export const SERVER_TO_SERVER_ROLES: readonly Role[] = ['admin', 'privacy_officer'];

/** Fetch §3.2: preflight results may be cached this long; Chromium caps it at two hours. */
const PREFLIGHT_MAX_AGE_SECONDS = 7200;

export type ConsentCaller = { kind: 'browser'; origin: string } | { kind: 'server'; principal: Principal };

/**
 * Browsers send Origin on every POST (Fetch §3.1), so a request without one comes from a server: it must present an
 * API key of a role allowed to record consent. A request with an Origin must come from a listed one.
 */
export async function identifyConsentCaller(
  request: FastifyRequest,
  reply: FastifyReply,
  origins: ReadonlySet<string>,
  authenticate: (presented: string) => Promise<Principal | null>,
): Promise<ConsentCaller> {
  const origin = request.headers.origin;
  if (origin !== undefined) {
    if (!origins.has(origin)) throw new PledgeError('origin_not_allowed', { details: { origin } });
    reply.header('access-control-allow-origin', origin).header('vary', 'Origin');
    return { kind: 'browser', origin };
  }
  const presented = /^Bearer +(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
  const principal = presented === undefined ? null : await authenticate(presented);
  if (!principal) {
    // RFC 6750 §3: a 401 for a bearer-protected resource carries a WWW-Authenticate challenge.
    reply.header('www-authenticate', 'Bearer realm="pledge"');
    throw new PledgeError('unauthenticated', { message: 'A request without Origin comes from a server and needs an API key (Authorization: Bearer <key>).' });
  }
  if (!SERVER_TO_SERVER_ROLES.includes(principal.role)) throw new PledgeError('forbidden', { details: { allowedRoles: SERVER_TO_SERVER_ROLES } });
  return { kind: 'server', principal };
}

/** Answers a CORS preflight: 204 with the CORS headers for a listed origin, 403 without any for another. */
export function answerPreflight(request: FastifyRequest, reply: FastifyReply, origins: ReadonlySet<string>): FastifyReply {
  const origin = request.headers.origin;
  // Not a CORS preflight (no Origin): say what the resource allows (RFC 9110 §9.3.7).
  if (origin === undefined) return reply.code(204).header('allow', 'POST, OPTIONS').send();
  if (!origins.has(origin)) throw new PledgeError('origin_not_allowed', { details: { origin } });
  return reply
    .code(204)
    .header('access-control-allow-origin', origin)
    .header('access-control-allow-methods', 'POST')
    .header('access-control-allow-headers', 'content-type')
    .header('access-control-max-age', String(PREFLIGHT_MAX_AGE_SECONDS))
    .header('vary', 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers')
    .send();
}
