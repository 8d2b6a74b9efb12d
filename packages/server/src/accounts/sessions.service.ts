import { randomBytes } from 'node:crypto';
import type { AuditService } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { PledgeError } from '../errors/pledge-error.ts';
import type { AccountsConfig } from './accounts-config.ts';
import { claimTotpStep, findUserByEmail, findUserById, type AdminUser } from './accounts.repository.ts';
import type { LoginThrottle } from './login-throttle.ts';
import { DUMMY_PASSWORD_HASH, verifyPassword } from './password-hash.ts';
import { hashSessionToken } from './session-http.ts';
import { deleteSession, deleteStaleSessions, findSession, insertSession, touchSession } from './sessions.repository.ts';
import { decryptSecret, matchTotpStep } from './totp.ts';
import { normaliseEmail } from './users.service.ts';

export interface OpenedSession {
  user: AdminUser;
  /** The cookie value: 256 random bits. Only its SHA-256 is stored. */
  token: string;
  expiresAt: Date;
}

export interface SessionsService {
  /** Throws login_failed (the same for an unknown address, a wrong password or a disabled account), totp_required or rate_limited. */
  login(input: { email: string; password: string; totp?: string | undefined; ip: string }): Promise<OpenedSession>;
  /** The live session for a cookie value, or null for anything unknown, expired, idle too long or of a disabled account. */
  authenticate(token: string): Promise<{ user: AdminUser; expiresAt: Date } | null>;
  logout(token: string): Promise<void>;
}

export function createSessionsService(
  db: Db,
  audit: AuditService,
  config: AccountsConfig,
  throttle: LoginThrottle,
  now: () => Date = () => new Date(),
): SessionsService {
  const idleMs = config.idleMinutes * 60_000;

  const fail = async (email: string, ip: string, userId: string | undefined): Promise<never> => {
    throttle.recordFailure(email, ip);
    await audit.record({ actor: 'anonymous', action: 'auth.login_failed', target: userId ? `user:${userId}` : null, details: {} });
    throw new PledgeError('login_failed');
  };

  return {
    login: async ({ email: given, password, totp, ip }) => {
      const email = normaliseEmail(given);
      if (throttle.isLocked(email, ip)) throw new PledgeError('rate_limited', { details: { retryAfterSeconds: 900 } });
      const user = await findUserByEmail(db, email);
      // Always one scrypt, so the answer's timing does not tell a known address from an unknown one.
      const passwordOk = await verifyPassword(password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
      if (!user || !passwordOk || user.disabledAt !== null) return fail(email, ip, user?.id);
      if (user.totpSecret !== null) {
        if (!config.totpKey) throw new PledgeError('totp_not_configured');
        if (totp === undefined || totp === '') throw new PledgeError('totp_required');
        const step = matchTotpStep(decryptSecret(user.totpSecret, config.totpKey), totp, now());
        if (step === null || !(await claimTotpStep(db, user.id, step))) return fail(email, ip, user.id);
      }
      throttle.recordSuccess(email);
      const at = now();
      await deleteStaleSessions(db, at, idleMs);
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(at.getTime() + config.maxMinutes * 60_000);
      await insertSession(db, { tokenHash: hashSessionToken(token), userId: user.id, createdAt: at, lastSeenAt: at, expiresAt });
      await audit.record({ actor: `user:${user.id}`, action: 'auth.login', target: `user:${user.id}`, details: { totp: user.totpSecret !== null } });
      const { passwordHash: _p, totpSecret: _s, totpLastStep: _l, ...publicUser } = user;
      return { user: publicUser, token, expiresAt };
    },

    authenticate: async (token) => {
      if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
      const tokenHash = hashSessionToken(token);
      const session = await findSession(db, tokenHash);
      const at = now();
      if (!session || session.expiresAt <= at || session.lastSeenAt.getTime() <= at.getTime() - idleMs) return null;
      const user = await findUserById(db, session.userId);
      if (!user || user.disabledAt !== null) return null;
      await touchSession(db, tokenHash, at);
      const { passwordHash: _p, totpSecret: _s, totpLastStep: _l, ...publicUser } = user;
      return { user: publicUser, expiresAt: session.expiresAt };
    },

    logout: async (token) => {
      await deleteSession(db, hashSessionToken(token));
    },
  };
}
