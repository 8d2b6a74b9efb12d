import type { Migration, MigrationProvider } from 'kysely';
import * as apiKeys from './0001-api-keys.ts';
import * as auditLog from './0002-audit-log.ts';

/** Every migration, by name. Names sort in the order they run; add new ones at the end. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = Object.freeze({
  '0001-api-keys': apiKeys,
  '0002-audit-log': auditLog,
});

/** Static imports instead of reading a folder at run time: works the same from source, bundles and tests. */
export class StaticMigrationProvider implements MigrationProvider {
  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve({ ...MIGRATIONS });
  }
}
