import { Migrator, sql, type MigrationResult } from 'kysely';
import type { Db } from './database.ts';
import { PledgeError } from '../errors/pledge-error.ts';
import { MIGRATIONS, StaticMigrationProvider } from './migrations/index.ts';

export interface MigrationRun {
  /** Names of the migrations this run applied, in order (empty when already current). */
  applied: string[];
}

/**
 * Kysely looks for its bookkeeping tables in any schema unless told which one; pinning it to
 * current_schema() keeps parallel test schemas (and a shared server) from seeing each other's.
 */
export async function createMigrator(db: Db): Promise<Migrator> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('no current schema: check search_path');
  return new Migrator({ db, provider: new StaticMigrationProvider(), migrationTableSchema: schema });
}

export async function migrateToLatest(db: Db): Promise<MigrationRun> {
  return unwrap(await (await createMigrator(db)).migrateToLatest());
}

/** Applies exactly one more migration; used by the test that a step-by-step database equals a fresh one. */
export async function migrateUpOne(db: Db): Promise<MigrationRun> {
  return unwrap(await (await createMigrator(db)).migrateUp());
}

export async function migrateDownOne(db: Db): Promise<MigrationRun> {
  return unwrap(await (await createMigrator(db)).migrateDown());
}

/** Names of migrations the code knows that the database has not run yet. */
export async function listPendingMigrations(db: Db): Promise<string[]> {
  const migrations = await (await createMigrator(db)).getMigrations();
  return migrations.filter((m) => m.executedAt === undefined).map((m) => m.name);
}

export function knownMigrationNames(): string[] {
  return Object.keys(MIGRATIONS).sort();
}

function unwrap(outcome: { error?: unknown; results?: MigrationResult[] }): MigrationRun {
  const failed = outcome.results?.find((r) => r.status === 'Error');
  if (outcome.error !== undefined) {
    const which = failed ? ` (${failed.migrationName})` : '';
    const reason = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
    throw new Error(`migration failed${which}: ${reason}`, { cause: outcome.error });
  }
  return { applied: (outcome.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}

/** For commands that must not change the schema behind an operator's back (keys, audit). */
export async function assertMigrationsCurrent(db: Db): Promise<void> {
  const pending = await listPendingMigrations(db);
  if (pending.length > 0) throw new PledgeError('database_not_migrated', { details: { pending } });
}
