import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDatabase, IN_MEMORY, type Db, type DatabaseTarget } from './database.ts';
import { migrateToLatest } from './migrator.ts';

export interface TestDatabase {
  db: Db;
  target: DatabaseTarget;
  /** Closes the connection and, on PostgreSQL, drops the test's schema. Safe to call after db.destroy(). */
  destroy(): Promise<void>;
}

/**
 * A real, isolated database for one test: in-memory PGlite by default; with DATABASE_URL set,
 * a fresh uniquely named schema on that server so parallel test files never collide.
 */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  if (!databaseUrl) {
    const target = { dataDir: IN_MEMORY };
    const db = await createDatabase(target);
    if (options.migrate !== false) await migrateToLatest(db);
    return { db, target, destroy: () => destroyQuietly(db) };
  }
  const schema = `pledge_test_${randomBytes(6).toString('hex')}`;
  await runAdminStatement(databaseUrl, `create schema ${schema}`);
  const target = { databaseUrl, dataDir: IN_MEMORY, schema };
  const db = await createDatabase(target);
  if (options.migrate !== false) await migrateToLatest(db);
  return {
    db,
    target,
    destroy: async () => {
      await destroyQuietly(db);
      await runAdminStatement(databaseUrl, `drop schema if exists ${schema} cascade`);
    },
  };
}

async function runAdminStatement(databaseUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function destroyQuietly(db: Db): Promise<void> {
  try {
    await db.destroy();
  } catch {
    // Already destroyed by the test (e.g. the readiness test closes it on purpose).
  }
}
