import type { AuditService } from '../audit/audit.service.ts';
import { inTransaction, type Db } from '../db/database.ts';
import { PledgeError } from '../errors/pledge-error.ts';
import { claimTotpStep, findUserById, setTotpSecret, updatePassword, type StoredAdminUser } from './accounts.repository.ts';
import type { LoginThrottle } from './login-throttle.ts';
import { hashPassword, verifyPassword } from './password-hash.ts';
import { deleteOtherSessionsOfUser } from './sessions.repository.ts';
import { decryptSecret, encryptSecret, generateTotpSecret, matchTotpStep, totpUri } from './totp.ts';

/** How long a started TOTP enrolment can be confirmed. */
export const ENROLMENT_MINUTES = 10;

export interface TotpEnrolment {
  /** Base32, for typing into an authenticator app by hand. */
  secret: string;
  /** otpauth:// URI, for a QR code. */
  uri: string;
  /** The pending secret sealed (AES-256-GCM under PLEDGE_TOTP_KEY) to this account: sent back with the first code. */
  enrolment: string;
  expiresAt: Date;
}

/** The account a console user acts on is always their own: `userId` comes from the session, never from the request. */
export interface AccountService {
  changePassword(input: { userId: string; sessionTokenHash: string; currentPassword: string; newPassword: string; ip: string }): Promise<void>;
  startTotp(userId: string): Promise<TotpEnrolment>;
  confirmTotp(input: { userId: string; enrolment: string; code: string; ip: string }): Promise<void>;
  disableTotp(input: { userId: string; password: string; code: string; ip: string }): Promise<void>;
}

/** A 400 naming one body field and the rule it broke, in the shape schema validation uses. */
const wrong = (field: string, rule: string, message: string) => new PledgeError('validation_failed', { details: [{ path: `body.${field}`, rule, message }] });

export function createAccountService(db: Db, audit: AuditService, totpKey: Buffer | undefined, throttle: LoginThrottle, now: () => Date = () => new Date()): AccountService {
  const actor = (id: string) => `user:${id}`;
  const load = async (userId: string, ip: string): Promise<StoredAdminUser> => {
    const user = await findUserById(db, userId);
    if (!user || user.disabledAt !== null) throw new PledgeError('unauthenticated');
    // Re-entering a password or code is a login in miniature: the same lock stops guessing with a stolen session.
    if (throttle.isLocked(user.email, ip)) throw new PledgeError('rate_limited', { details: { retryAfterSeconds: 900 } });
    return user;
  };
  const failed = async (user: StoredAdminUser, ip: string, purpose: string, error: PledgeError): Promise<never> => {
    throttle.recordFailure(user.email, ip);
    await audit.record({ actor: actor(user.id), action: 'user.reauthentication_failed', target: actor(user.id), details: { purpose } });
    throw error;
  };
  const key = (): Buffer => {
    if (!totpKey) throw new PledgeError('totp_not_configured');
    return totpKey;
  };

  return {
    changePassword: async ({ userId, sessionTokenHash, currentPassword, newPassword, ip }) => {
      const user = await load(userId, ip);
      if (!(await verifyPassword(currentPassword, user.passwordHash))) {
        return failed(user, ip, 'password_change', wrong('currentPassword', 'incorrect', 'is not the current password'));
      }
      if (newPassword === currentPassword) throw wrong('newPassword', 'unchanged', 'must differ from the current password');
      const hash = await hashPassword(newPassword);
      await inTransaction(db, async (tx) => {
        await updatePassword(tx, user.id, hash);
        await deleteOtherSessionsOfUser(tx, user.id, sessionTokenHash); // OWASP ASVS 3.3.3: other sessions end
        await audit.record({ actor: actor(user.id), action: 'user.password_changed', target: actor(user.id), details: {} }, tx);
      });
    },

    startTotp: async (userId) => {
      const sealKey = key();
      const user = await findUserById(db, userId);
      if (!user || user.disabledAt !== null) throw new PledgeError('unauthenticated');
      if (user.totpSecret !== null) throw new PledgeError('totp_already_enabled');
      const secret = generateTotpSecret();
      const expiresAt = new Date(now().getTime() + ENROLMENT_MINUTES * 60_000);
      // Nothing is stored until a first code proves the app has the secret: an abandoned enrolment leaves no trace.
      const enrolment = encryptSecret(JSON.stringify({ user: user.id, secret, expiresAt: expiresAt.getTime() }), sealKey);
      return { secret, uri: totpUri(secret, user.email), enrolment, expiresAt };
    },

    confirmTotp: async ({ userId, enrolment, code, ip }) => {
      const sealKey = key();
      const user = await load(userId, ip);
      if (user.totpSecret !== null) throw new PledgeError('totp_already_enabled');
      const pending = openEnrolment(enrolment, sealKey);
      if (!pending || pending.user !== user.id || pending.expiresAt <= now().getTime()) {
        throw wrong('enrolment', 'expired_or_invalid', `is not a current enrolment of this account; start again (it lasts ${ENROLMENT_MINUTES} minutes)`);
      }
      const step = matchTotpStep(pending.secret, code, now());
      if (step === null) return failed(user, ip, 'totp_enrolment', wrong('code', 'incorrect', 'is not the current code of the authenticator app'));
      await inTransaction(db, async (tx) => {
        await setTotpSecret(tx, user.id, { encrypted: encryptSecret(pending.secret, sealKey), step });
        await audit.record({ actor: actor(user.id), action: 'user.totp_enabled', target: actor(user.id), details: {} }, tx);
      });
    },

    disableTotp: async ({ userId, password, code, ip }) => {
      const sealKey = key();
      const user = await load(userId, ip);
      if (user.totpSecret === null) throw new PledgeError('totp_not_enabled');
      if (!(await verifyPassword(password, user.passwordHash))) return failed(user, ip, 'totp_disable', wrong('password', 'incorrect', 'is not the current password'));
      const step = matchTotpStep(decryptSecret(user.totpSecret, sealKey), code, now());
      // Each code works once, here as at login (RFC 6238 §5.2).
      if (step === null || !(await claimTotpStep(db, user.id, step))) return failed(user, ip, 'totp_disable', wrong('code', 'incorrect', 'is not the current code of the authenticator app'));
      await inTransaction(db, async (tx) => {
        await setTotpSecret(tx, user.id, null);
        await audit.record({ actor: actor(user.id), action: 'user.totp_disabled', target: actor(user.id), details: {} }, tx);
      });
    },
  };
}

function openEnrolment(sealed: string, key: Buffer): { user: string; secret: string; expiresAt: number } | null {
  try {
    const value: unknown = JSON.parse(decryptSecret(sealed, key));
    if (typeof value !== 'object' || value === null) return null;
    const { user, secret, expiresAt } = value as Record<string, unknown>;
    return typeof user === 'string' && typeof secret === 'string' && typeof expiresAt === 'number' ? { user, secret, expiresAt } : null;
  } catch {
    return null; // tampered, truncated or sealed under another key
  }
}
