import { parseConfig } from '../parse-config.ts';
import { SqlConnector } from '../sql/sql-connector.ts';
import { PostgresConfig } from './postgres-config.ts';
import { createPostgresDriver } from './postgres-driver.ts';

/** A connector for PostgreSQL (node-postgres). */
export function createPostgresConnector(input: PostgresConfig): SqlConnector {
  const config = parseConfig(PostgresConfig, input, 'PostgreSQL');
  return new SqlConnector(createPostgresDriver(config), { restrictionColumn: config.restrictionColumn });
}
