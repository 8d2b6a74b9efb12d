import { ConnectorError } from '../connector-error.ts';
import { parseConfig } from '../parse-config.ts';
import { SqlConnector } from '../sql/sql-connector.ts';
import { SqliteConfig, sqlitePath } from './sqlite-config.ts';
import { createSqliteDriver } from './sqlite-driver.ts';

/** A connector for a SQLite file (better-sqlite3, built from source; see docs/decisions/0004-sqlite-driver.md). */
export function createSqliteConnector(input: SqliteConfig): SqlConnector {
  const config = parseConfig(SqliteConfig, input, 'SQLite');
  try {
    return new SqlConnector(createSqliteDriver({ path: sqlitePath(config.url), busyTimeout: config.busyTimeout }), { restrictionColumn: config.restrictionColumn });
  } catch (error) {
    // Opening fails synchronously, e.g. when the file does not exist: never create an empty database by accident.
    throw new ConnectorError('config', `Cannot open the SQLite database: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
