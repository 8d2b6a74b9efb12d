import type { Selectable } from 'kysely';
import type { Db } from '../db/database.ts';
import { isRole, type Role } from '../auth/roles.ts';
import type { AdminUsersTable } from './accounts-tables.ts';

/** A console account as the rest of the server sees it: never with its password hash or TOTP secret. */
export interface AdminUser {
  id: string;
  email: string;
  role: Role;
  totpEnabled: boolean;
  createdAt: Date;
  disabledAt: Date | null;
}

export interface StoredAdminUser extends AdminUser {
  passwordHash: string;
  totpSecret: string | null;
  totpLastStep: number | null;
}

export async function insertUser(
  db: Db,
  user: { id: string; email: string; role: Role; passwordHash: string; totpSecret: string | null },
): Promise<AdminUser> {
  const row = await db
    .insertInto('admin_users')
    .values({ id: user.id, email: user.email, role: user.role, password_hash: user.passwordHash, totp_secret: user.totpSecret })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toUser(row);
}

export async function findUserByEmail(db: Db, email: string): Promise<StoredAdminUser | undefined> {
  const row = await db.selectFrom('admin_users').selectAll().where('email', '=', email).executeTakeFirst();
  return row && toStored(row);
}

export async function findUserById(db: Db, id: string): Promise<StoredAdminUser | undefined> {
  const row = await db.selectFrom('admin_users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toStored(row);
}

export async function listUsers(db: Db): Promise<AdminUser[]> {
  const rows = await db.selectFrom('admin_users').selectAll().orderBy('created_at').orderBy('email').execute();
  return rows.map(toUser);
}

export async function updatePassword(db: Db, id: string, passwordHash: string): Promise<void> {
  await db.updateTable('admin_users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
}

export async function disableUser(db: Db, id: string, at: Date): Promise<boolean> {
  const result = await db.updateTable('admin_users').set({ disabled_at: at.toISOString() }).where('id', '=', id).where('disabled_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Turns the second factor on (with the step of the code that confirmed it, so that code cannot log in) or off (null). */
export async function setTotpSecret(db: Db, id: string, secret: { encrypted: string; step: number } | null): Promise<void> {
  await db
    .updateTable('admin_users')
    .set({ totp_secret: secret?.encrypted ?? null, totp_last_step: secret?.step ?? null })
    .where('id', '=', id)
    .execute();
}

/** Accepts a TOTP step only if it is later than the last one accepted: each code works once (RFC 6238 §5.2). */
export async function claimTotpStep(db: Db, id: string, step: number): Promise<boolean> {
  const result = await db
    .updateTable('admin_users')
    .set({ totp_last_step: step })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

function toUser(row: Selectable<AdminUsersTable>): AdminUser {
  if (!isRole(row.role)) throw new Error(`admin_users row ${row.id} has an unknown role`);
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    totpEnabled: row.totp_secret !== null,
    createdAt: row.created_at,
    disabledAt: row.disabled_at,
  };
}

function toStored(row: Selectable<AdminUsersTable>): StoredAdminUser {
  return {
    ...toUser(row),
    passwordHash: row.password_hash,
    totpSecret: row.totp_secret,
    totpLastStep: row.totp_last_step === null ? null : Number(row.totp_last_step),
  };
}
