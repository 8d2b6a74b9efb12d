import { randomUUID } from 'node:crypto';
import type { AuditService } from '../audit/audit.service.ts';
import type { Role } from '../auth/roles.ts';
import { inTransaction, type Db } from '../db/database.ts';
import { PledgeError } from '../errors/pledge-error.ts';
import { disableUser, findUserByEmail, findUserById, insertUser, listUsers, updatePassword, type AdminUser, type StoredAdminUser } from './accounts.repository.ts';
import { generatePassword, hashPassword } from './password-hash.ts';
import { deleteSessionsOfUser } from './sessions.repository.ts';
import { encryptSecret, generateTotpSecret, totpUri } from './totp.ts';

export const MIN_PASSWORD_LENGTH = 12;

export interface CreatedUser {
  user: AdminUser;
  /** Set when Pledge generated the password: shown once, never stored in plain. */
  generatedPassword?: string;
  /** Set when a second factor was asked for: the otpauth:// URI to add to an authenticator app, shown once. */
  totpUri?: string;
}

export interface UsersService {
  create(input: { email: string; role: Role; password?: string; totp?: boolean }, actor: string): Promise<CreatedUser>;
  /** With an actor (the console), the read of the staff's addresses is audited. */
  list(actor?: string): Promise<AdminUser[]>;
  disable(email: string, actor: string): Promise<AdminUser>;
  /** The console's way: by id, and never the caller's own account (nobody locks themselves out by a slip). */
  disableById(id: string, actor: string): Promise<AdminUser>;
  setPassword(email: string, password: string | undefined, actor: string): Promise<{ generatedPassword?: string }>;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function checkPassword(password: string): void {
  // NIST SP 800-63B §5.1.1.2: length, not composition rules.
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new PledgeError('validation_failed', { message: `A password needs at least ${MIN_PASSWORD_LENGTH} characters.` });
  }
}

export function createUsersService(db: Db, audit: AuditService, totpKey: Buffer | undefined, now: () => Date = () => new Date()): UsersService {
  const findOrThrow = async (email: string) => {
    const user = await findUserByEmail(db, normaliseEmail(email));
    if (!user) throw new PledgeError('user_not_found', { details: { email: normaliseEmail(email) } });
    return user;
  };

  const disable = async (user: StoredAdminUser, actor: string): Promise<AdminUser> => {
    await inTransaction(db, async (tx) => {
      await disableUser(tx, user.id, now());
      await deleteSessionsOfUser(tx, user.id);
      await audit.record({ actor, action: 'user.disabled', target: `user:${user.id}`, details: {} }, tx);
    });
    const { passwordHash: _p, totpSecret: _s, totpLastStep: _l, ...publicUser } = user;
    return { ...publicUser, disabledAt: user.disabledAt ?? now() };
  };

  return {
    create: async (input, actor) => {
      const email = normaliseEmail(input.email);
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new PledgeError('validation_failed', { message: 'Give a valid e-mail address.' });
      const password = input.password ?? generatePassword();
      checkPassword(password);
      if (input.totp && !totpKey) throw new PledgeError('totp_not_configured');
      const secret = input.totp ? generateTotpSecret() : null;
      const passwordHash = await hashPassword(password);
      return inTransaction(db, async (tx) => {
        if (await findUserByEmail(tx, email)) throw new PledgeError('user_exists', { details: { email } });
        const user = await insertUser(tx, { id: randomUUID(), email, role: input.role, passwordHash, totpSecret: secret && encryptSecret(secret, totpKey!) });
        await audit.record({ actor, action: 'user.created', target: `user:${user.id}`, details: { role: user.role, totp: user.totpEnabled } }, tx);
        return {
          user,
          ...(input.password === undefined ? { generatedPassword: password } : {}),
          ...(secret ? { totpUri: totpUri(secret, email) } : {}),
        };
      });
    },

    list: async (actor) => {
      if (actor !== undefined) await audit.record({ actor, action: 'user.list_read', target: null, details: {} });
      return listUsers(db);
    },

    disable: async (email, actor) => disable(await findOrThrow(email), actor),

    disableById: async (id, actor) => {
      const user = await findUserById(db, id);
      if (!user) throw new PledgeError('user_not_found', { message: 'No account with this id.', details: { id } });
      if (actor === `user:${user.id}`) throw new PledgeError('user_self_disable');
      return disable(user, actor);
    },

    setPassword: async (email, given, actor) => {
      const user = await findOrThrow(email);
      const password = given ?? generatePassword();
      checkPassword(password);
      const hash = await hashPassword(password);
      await inTransaction(db, async (tx) => {
        await updatePassword(tx, user.id, hash);
        await deleteSessionsOfUser(tx, user.id); // a new password ends every session opened with the old one
        await audit.record({ actor, action: 'user.password_set', target: `user:${user.id}`, details: {} }, tx);
      });
      return given === undefined ? { generatedPassword: password } : {};
    },
  };
}
