import type { Db } from '../db/database.ts';

export interface SessionRow {
  tokenHash: string;
  userId: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export async function insertSession(db: Db, session: SessionRow): Promise<void> {
  await db
    .insertInto('admin_sessions')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      created_at: session.createdAt.toISOString(),
      last_seen_at: session.lastSeenAt.toISOString(),
      expires_at: session.expiresAt.toISOString(),
    })
    .execute();
}

export async function findSession(db: Db, tokenHash: string): Promise<SessionRow | undefined> {
  const row = await db.selectFrom('admin_sessions').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  return row && { tokenHash: row.token_hash, userId: row.user_id, createdAt: row.created_at, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at };
}

/** Records use at most once a minute per session, so an authenticated read is not a write every time. */
export async function touchSession(db: Db, tokenHash: string, at: Date): Promise<void> {
  await db
    .updateTable('admin_sessions')
    .set({ last_seen_at: at.toISOString() })
    .where('token_hash', '=', tokenHash)
    .where('last_seen_at', '<', new Date(at.getTime() - 60_000))
    .execute();
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('admin_sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteSessionsOfUser(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('admin_sessions').where('user_id', '=', userId).execute();
}

/** Every other session of the account: a password changed in the console ends them, and keeps the one that changed it. */
export async function deleteOtherSessionsOfUser(db: Db, userId: string, keepTokenHash: string): Promise<void> {
  await db.deleteFrom('admin_sessions').where('user_id', '=', userId).where('token_hash', '<>', keepTokenHash).execute();
}

/** Sessions past their absolute expiry or idle too long; removed opportunistically at each login. */
export async function deleteStaleSessions(db: Db, now: Date, idleMs: number): Promise<void> {
  await db
    .deleteFrom('admin_sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', new Date(now.getTime() - idleMs))]))
    .execute();
}
