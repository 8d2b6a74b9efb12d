import { z } from 'zod';
import type { PledgeApp } from '../app-types.ts';
import { RoleSchema } from '../auth/roles.ts';
import { PledgeError } from '../errors/pledge-error.ts';
import type { AdminUser } from './accounts.repository.ts';
import { clearedSessionCookie, CSRF_HEADER, csrfMatches, csrfTokenFor, isSecureRequest, readCookie, SESSION_COOKIE, sessionCookie } from './session-http.ts';
import type { SessionsService } from './sessions.service.ts';

const LoginBody = z.strictObject({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(1024),
  totp: z.string().trim().max(10).optional().meta({ description: 'The six-digit code, when the account has a second factor.' }),
});

const UserView = z.object({ id: z.uuid(), email: z.string(), role: RoleSchema, totpEnabled: z.boolean() });
const SessionView = z.object({
  authenticated: z.literal(true),
  user: UserView,
  csrfToken: z.string().meta({ description: `Send it as ${CSRF_HEADER} on every POST, PUT, PATCH and DELETE made with the session cookie.` }),
  expiresAt: z.iso.datetime(),
});
const NoSessionView = z.object({ authenticated: z.literal(false) });

const toUserView = (u: AdminUser) => ({ id: u.id, email: u.email, role: u.role, totpEnabled: u.totpEnabled });

/** Admin console login: a session cookie instead of an API key, with the same roles. */
export function registerAuthRoutes(app: PledgeApp, sessions: SessionsService, publicUrl: string): void {
  app.post('/v1/auth/login', {
    config: { access: 'public' },
    schema: {
      summary: 'Log in to the admin console',
      description:
        'Sets an HttpOnly, SameSite=Strict session cookie. 401 `login_failed` alike for an unknown address, a wrong password ' +
        'or a disabled account; 401 `totp_required` when the password was right and the account needs its six-digit code ' +
        '(send the same body again with `totp`); 429 after repeated failures.',
      body: LoginBody,
      response: { 200: SessionView },
    },
    handler: async (request, reply) => {
      const opened = await sessions.login({ ...request.body, ip: request.ip });
      const maxAgeSeconds = Math.floor((opened.expiresAt.getTime() - Date.now()) / 1000);
      reply.header('set-cookie', sessionCookie(opened.token, { secure: isSecureRequest(request, publicUrl), maxAgeSeconds })).header('cache-control', 'no-store');
      return { authenticated: true as const, user: toUserView(opened.user), csrfToken: csrfTokenFor(opened.token), expiresAt: opened.expiresAt.toISOString() };
    },
  });

  app.post('/v1/auth/logout', {
    // Public so that every role (the read-only auditor too) can end its session; it only ever ends the caller's own.
    config: { access: 'public' },
    schema: { summary: 'End the console session', description: `Needs the ${CSRF_HEADER} header of the session.`, response: { 204: z.null() } },
    handler: async (request, reply) => {
      const token = readCookie(request.headers.cookie, SESSION_COOKIE);
      if (token !== null) {
        if (csrfMatches(token, request.headers[CSRF_HEADER])) await sessions.logout(token);
        // A live session without its token is a forged request; a dead one only needs its cookie cleared.
        else if (await sessions.authenticate(token)) throw new PledgeError('csrf_failed');
      }
      return reply.code(204).header('set-cookie', clearedSessionCookie(isSecureRequest(request, publicUrl))).send(null);
    },
  });

  app.get('/v1/auth/session', {
    config: { access: 'public' },
    schema: {
      summary: 'The console session of this browser, with its CSRF token',
      response: { 200: z.discriminatedUnion('authenticated', [SessionView, NoSessionView]) },
    },
    handler: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const token = readCookie(request.headers.cookie, SESSION_COOKIE);
      const session = token === null ? null : await sessions.authenticate(token);
      if (!session || token === null) return { authenticated: false as const };
      return { authenticated: true as const, user: toUserView(session.user), csrfToken: csrfTokenFor(token), expiresAt: session.expiresAt.toISOString() };
    },
  });
}
