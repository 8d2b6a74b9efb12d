import { parseConfig } from '../parse-config.ts';
import { SqlConnector } from '../sql/sql-connector.ts';
import { MysqlConfig } from './mysql-config.ts';
import { createMysqlDriver } from './mysql-driver.ts';

/** A connector for MySQL and MariaDB (mysql2). */
export function createMysqlConnector(input: MysqlConfig): SqlConnector {
  const config = parseConfig(MysqlConfig, input, 'MySQL');
  // mysql2 knows only the mysql:// scheme; mariadb:// is accepted for readability.
  return new SqlConnector(createMysqlDriver({ url: config.url.replace(/^mariadb:/, 'mysql:'), poolSize: config.poolSize }), { restrictionColumn: config.restrictionColumn });
}
