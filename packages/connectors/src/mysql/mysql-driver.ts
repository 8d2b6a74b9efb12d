import mysql from 'mysql2/promise';
import { quoteBacktick } from '../identifiers.ts';
import { describeUrl, wrapDriverError } from '../sql/driver-errors.ts';
import { classifyColumnType, type ColumnInfo, type SqlDriver, type SqlSession } from '../sql/sql-driver.ts';

const RETRYABLE = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'ER_CON_COUNT_ERROR']);

type Executor = Pick<mysql.PoolConnection, 'execute'>;

function session(conn: Executor): SqlSession {
  const run = async (sql: string, params: readonly unknown[]) => {
    try {
      const [result] = await conn.execute(sql, params as mysql.ExecuteValues[]);
      return result;
    } catch (error) {
      throw wrapDriverError('mysql', error, RETRYABLE);
    }
  };
  return {
    query: async (sql, params) => (await run(sql, params)) as Record<string, unknown>[],
    execute: async (sql, params) => (await run(sql, params) as mysql.ResultSetHeader).affectedRows,
  };
}

/** MySQL and MariaDB through mysql2; the URL names the database (mysql://user@host:3306/shop). */
export function createMysqlDriver(config: { url: string; poolSize: number }): SqlDriver {
  // UTC, dates as the engine wrote them, BIGINT and DECIMAL as strings: no value changes on its way out.
  // mysql2 sets the FOUND_ROWS flag by default, so UPDATE counts matched rows, as PostgreSQL and SQLite do.
  const pool = mysql.createPool({ uri: config.url, connectionLimit: config.poolSize, timezone: 'Z', dateStrings: true, supportBigNumbers: true, bigNumberStrings: true });
  const base = session(pool);
  return {
    engine: 'mysql',
    target: describeUrl('mysql', config.url),
    quote: quoteBacktick,
    placeholder: () => '?',
    lockClause: ' FOR UPDATE',
    ...base,
    async columns(table) {
      const rows = await base.query(
        `SELECT column_name AS name, data_type AS type, character_maximum_length AS max_length, is_nullable AS nullable
           FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = ? ORDER BY ordinal_position`,
        [table],
      );
      if (rows.length === 0) return null;
      return rows.map((r): ColumnInfo => ({
        name: String(r.name),
        kind: classifyColumnType(String(r.type)),
        maxLength: r.max_length === null ? null : Number(r.max_length),
        nullable: r.nullable === 'YES',
      }));
    },
    async transaction(work) {
      let conn: mysql.PoolConnection;
      try {
        conn = await pool.getConnection();
      } catch (error) {
        throw wrapDriverError('mysql', error, RETRYABLE);
      }
      try {
        await conn.beginTransaction();
        const result = await work(session(conn));
        await conn.commit();
        return result;
      } catch (error) {
        await conn.rollback().catch(() => undefined);
        throw wrapDriverError('mysql', error, RETRYABLE);
      } finally {
        conn.release();
      }
    },
    close: () => pool.end(),
  };
}
