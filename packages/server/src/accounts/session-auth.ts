import type { FastifyRequest } from 'fastify';
import type { Principal } from '../auth/roles.ts';
import { PledgeError } from '../errors/pledge-error.ts';
import { CSRF_HEADER, csrfMatches, readCookie, SESSION_COOKIE } from './session-http.ts';
import type { SessionsService } from './sessions.service.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The access control's second way in: a console session cookie gives the account's role, exactly like an API key of
 * that role. A cookie is sent by the browser on its own, so every unsafe method must also carry the session's CSRF
 * token (synchronizer token pattern); a cross-site form or fetch cannot know it.
 */
export function createSessionAuthenticator(sessions: SessionsService): (request: FastifyRequest) => Promise<Principal | null> {
  return async (request) => {
    const token = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (token === null) return null;
    const session = await sessions.authenticate(token);
    if (!session) return null;
    if (!SAFE_METHODS.has(request.method) && !csrfMatches(token, request.headers[CSRF_HEADER])) throw new PledgeError('csrf_failed');
    return { keyId: session.user.id, label: session.user.email, role: session.user.role, kind: 'user' };
  };
}
