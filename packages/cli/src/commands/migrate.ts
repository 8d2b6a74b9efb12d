import type { Command } from 'commander';
import {
  createAuditService,
  createDatabase,
  listPendingMigrations,
  loadConfig,
  migrateToLatest,
  type Config,
  type Db,
  type MigrationRun,
} from '@pledge/server';
import { setExitCode } from './exit-code.ts';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations (PostgreSQL at DATABASE_URL, else the embedded database in PLEDGE_DATA_DIR)')
    .action(async (_opts: unknown, cmd: Command) => {
      const run = await withDatabase(loadConfig(), (db) => migrateAndRecord(db, 'cli'));
      process.stdout.write(
        run.applied.length === 0
          ? 'The database is up to date; nothing to migrate.\n'
          : `Applied ${run.applied.length} migration(s):\n${run.applied.map((name) => `  ${name}\n`).join('')}`,
      );
      setExitCode(cmd, 0);
    });
}

/** Migrates, and records in the audit log which migrations ran and who ran them. */
export async function migrateAndRecord(db: Db, actor: 'cli' | 'system'): Promise<MigrationRun> {
  const run = await migrateToLatest(db);
  if (run.applied.length > 0) {
    await createAuditService(db).record({ actor, action: 'database.migrated', details: { applied: run.applied } });
  }
  return run;
}

/** Opens the configured database for one command and always closes it (PGlite holds a lock on its directory). */
export async function withDatabase<T>(config: Config, fn: (db: Db) => Promise<T>): Promise<T> {
  const db = await createDatabase(config);
  try {
    return await fn(db);
  } finally {
    await db.destroy();
  }
}

/**
 * For commands that read or write data: they refuse to run on an unmigrated database rather than
 * migrate it unasked. Returns null (exit code 1 set) when migrations are pending.
 */
export async function withMigratedDatabase<T>(cmd: Command, fn: (db: Db) => Promise<T>): Promise<T | null> {
  return withDatabase(loadConfig(), async (db) => {
    const pending = await listPendingMigrations(db);
    if (pending.length > 0) {
      process.stderr.write(`${commandPath(cmd)}: the database has ${pending.length} pending migration(s); run \`pledge migrate\` first.\n`);
      setExitCode(cmd, 1);
      return null;
    }
    return fn(db);
  });
}

/** `pledge keys create`, for messages. */
export function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}
