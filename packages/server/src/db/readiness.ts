import { sql } from 'kysely';
import type { Db } from './database.ts';
import { listPendingMigrations } from './migrator.ts';

export type Readiness = { ready: true } | { ready: false; reason: 'database_unreachable' | 'migrations_pending' };

/** Ready means: the database answers and its schema is the one this code was written for. */
export async function checkDatabaseReadiness(db: Db): Promise<Readiness> {
  try {
    await sql`select 1`.execute(db);
  } catch {
    return { ready: false, reason: 'database_unreachable' };
  }
  try {
    const pending = await listPendingMigrations(db);
    return pending.length === 0 ? { ready: true } : { ready: false, reason: 'migrations_pending' };
  } catch {
    return { ready: false, reason: 'database_unreachable' };
  }
}
