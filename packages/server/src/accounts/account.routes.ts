import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { PledgeApp } from '../app-types.ts';
import { principalOf } from '../auth/access-control.ts';
import { ROLES } from '../auth/roles.ts';
import { PledgeError } from '../errors/pledge-error.ts';
import type { AccountService } from './account.service.ts';
import { hashSessionToken, readCookie, SESSION_COOKIE } from './session-http.ts';
import { MIN_PASSWORD_LENGTH } from './users.service.ts';

const Password = z.string().min(1).max(1024);
// NIST SP 800-63B §5.1.1.2: a minimum length, no composition rules.
const NewPassword = z.string().min(MIN_PASSWORD_LENGTH).max(1024);
const Code = z.string().trim().regex(/^\d{6}$/, 'must be the six digits from the authenticator app');
const EnrolmentView = z.object({
  secret: z.string().meta({ description: 'Base32, to type into an authenticator app by hand.' }),
  uri: z.string().meta({ description: 'otpauth:// URI, for a QR code.' }),
  enrolment: z.string().meta({ description: 'Send it back with the first code to confirm; nothing is stored before that.' }),
  expiresAt: z.iso.datetime(),
});

/** Every role, the read-only auditor too: these routes change the caller's own login and nothing else. */
const OWN_ACCOUNT = { access: ROLES, ownAccountOnly: true } as const;

/** The console user's own account. The account is the session's; an API key has none (400 console_session_required). */
export function registerAccountRoutes(app: PledgeApp, account: AccountService): void {
  const userOf = (request: FastifyRequest) => {
    const principal = principalOf(request);
    if (principal.kind !== 'user') throw new PledgeError('console_session_required');
    return { userId: principal.keyId, ip: request.ip };
  };

  app.post('/v1/account/password', {
    config: OWN_ACCOUNT,
    schema: {
      summary: 'Change your console password',
      description: `Needs the current password. Your other sessions end; this one stays. ${MIN_PASSWORD_LENGTH} characters at least.`,
      body: z.strictObject({ currentPassword: Password, newPassword: NewPassword }),
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      const token = readCookie(request.headers.cookie, SESSION_COOKIE) ?? '';
      await account.changePassword({ ...userOf(request), sessionTokenHash: hashSessionToken(token), ...request.body });
      return reply.code(204).send(null);
    },
  });

  app.post('/v1/account/totp/enrolment', {
    config: OWN_ACCOUNT,
    schema: { summary: 'Start enrolling a second factor (TOTP)', description: 'Returns a new secret; it takes effect only when confirmed with a code.', response: { 200: EnrolmentView } },
    handler: async (request, reply) => {
      const started = await account.startTotp(userOf(request).userId);
      reply.header('cache-control', 'no-store');
      return { ...started, expiresAt: started.expiresAt.toISOString() };
    },
  });

  app.post('/v1/account/totp/confirm', {
    config: OWN_ACCOUNT,
    schema: {
      summary: 'Confirm the second factor with a current code',
      body: z.strictObject({ enrolment: z.string().min(20).max(1000), code: Code }),
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await account.confirmTotp({ ...userOf(request), ...request.body });
      return reply.code(204).send(null);
    },
  });

  app.post('/v1/account/totp/disable', {
    config: OWN_ACCOUNT,
    schema: { summary: 'Turn the second factor off', description: 'Needs the password and a current code.', body: z.strictObject({ password: Password, code: Code }), response: { 204: z.null() } },
    handler: async (request, reply) => {
      await account.disableTotp({ ...userOf(request), ...request.body });
      return reply.code(204).send(null);
    },
  });
}
