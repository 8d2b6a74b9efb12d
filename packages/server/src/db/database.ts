import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
import type { Database } from './database-schema.ts';

export type Db = Kysely<Database>;

export interface DatabaseTarget {
  /** PostgreSQL connection URL; when absent the embedded PGlite database is used. */
  databaseUrl?: string | undefined;
  /** PGlite data directory, or `memory://` for a throw-away in-memory database. */
  dataDir: string;
  /** PostgreSQL only: put this schema first on the search_path (isolated test schemas). */
  schema?: string | undefined;
}

export const IN_MEMORY = 'memory://';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * The one place that chooses the database engine. Both engines speak the PostgreSQL dialect,
 * so every query, migration and test runs unchanged on either.
 */
export async function createDatabase(target: DatabaseTarget): Promise<Db> {
  if (target.databaseUrl) {
    if (target.schema !== undefined && !SCHEMA_NAME.test(target.schema)) {
      throw new Error(`invalid schema name "${target.schema}"`);
    }
    const pool = new pg.Pool({
      connectionString: target.databaseUrl,
      ...(target.schema ? { options: `-c search_path=${target.schema}` } : {}),
    });
    // An idle client dying (database restart) must not crash the process; the next query reports it and /readyz says 503.
    pool.on('error', () => undefined);
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  if (target.dataDir === IN_MEMORY) {
    return new Kysely<Database>({ dialect: new PGliteDialect(await PGlite.create(IN_MEMORY)) });
  }
  await mkdir(target.dataDir, { recursive: true });
  const unlock = await lockDataDir(target.dataDir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(target.dataDir);
  } catch (error) {
    await unlock();
    throw error;
  }
  // Kysely's destroy() ends in pglite.close(); the lock is released right after it.
  const close = pglite.close.bind(pglite);
  pglite.close = async () => {
    await close();
    await unlock();
  };
  return new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
}

/** Runs `fn` in a transaction, joining the caller's transaction when there already is one. */
export function inTransaction<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}
