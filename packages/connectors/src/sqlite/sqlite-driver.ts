import Database from 'better-sqlite3';
import { quoteDouble } from '../identifiers.ts';
import { wrapDriverError } from '../sql/driver-errors.ts';
import { classifyColumnType, type ColumnInfo, type SqlDriver, type SqlSession } from '../sql/sql-driver.ts';

const RETRYABLE = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED']);

/** better-sqlite3 binds numbers, strings, bigints, buffers and null; booleans become 0/1. */
const bindable = (params: readonly unknown[]) => params.map((p) => (typeof p === 'boolean' ? Number(p) : p));

function session(db: Database.Database): SqlSession {
  return {
    async query(sql, params) {
      try {
        return db.prepare(sql).all(...bindable(params)) as Record<string, unknown>[];
      } catch (error) {
        throw wrapDriverError('sqlite', error, RETRYABLE);
      }
    },
    async execute(sql, params) {
      try {
        return db.prepare(sql).run(...bindable(params)).changes;
      } catch (error) {
        throw wrapDriverError('sqlite', error, RETRYABLE);
      }
    },
  };
}

/** One connection per file; a queue keeps each transaction's statements together, since the API is synchronous. */
export function createSqliteDriver(config: { path: string; busyTimeout: number }): SqlDriver {
  const db = new Database(config.path, { fileMustExist: config.path !== ':memory:', timeout: config.busyTimeout });
  db.pragma('foreign_keys = ON');
  const base = session(db);
  let queue: Promise<unknown> = Promise.resolve();
  const serialized = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    engine: 'sqlite',
    target: `sqlite at ${config.path}`,
    quote: quoteDouble,
    placeholder: () => '?',
    lockClause: '', // BEGIN IMMEDIATE already holds the write lock
    query: (sql, params) => serialized(() => base.query(sql, params)),
    execute: (sql, params) => serialized(() => base.execute(sql, params)),
    async columns(table) {
      const rows = await serialized(() => base.query(`SELECT name, type, "notnull" AS not_null FROM pragma_table_info(?)`, [table]));
      if (rows.length === 0) return null;
      return rows.map((r): ColumnInfo => {
        const type = String(r.type);
        const length = /\((\d+)\)/.exec(type)?.[1];
        // SQLite does not enforce VARCHAR(n), but honouring it keeps redacted and hashed values portable.
        return { name: String(r.name), kind: classifyColumnType(type || 'blob'), maxLength: length ? Number(length) : null, nullable: Number(r.not_null) === 0 };
      });
    },
    transaction: (work) =>
      serialized(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(base);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw wrapDriverError('sqlite', error, RETRYABLE);
        }
      }),
    close: async () => {
      await queue;
      db.close();
    },
  };
}
