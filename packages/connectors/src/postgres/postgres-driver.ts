import pg from 'pg';
import { quoteDouble } from '../identifiers.ts';
import { describeUrl, wrapDriverError } from '../sql/driver-errors.ts';
import { classifyColumnType, type ColumnInfo, type SqlDriver, type SqlSession } from '../sql/sql-driver.ts';
import type { PostgresConfig } from './postgres-config.ts';

// Serialization failure, deadlock, lock timeout, admin shutdown, cannot connect now.
const RETRYABLE = new Set(['40001', '40P01', '55P03', '57P01', '57P03', '08000', '08003', '08006']);
const DATE = 1082;
const TIMESTAMP = 1114;

/** `date` and `timestamp without time zone` stay as written: turning them into a Date would invent a time zone. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === DATE || oid === TIMESTAMP ? (value: string) => value : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

type Queryable = Pick<pg.PoolClient, 'query'>;

function session(client: Queryable): SqlSession {
  return {
    async query(sql, params) {
      try {
        return (await client.query(sql, [...params])).rows as Record<string, unknown>[];
      } catch (error) {
        throw wrapDriverError('postgres', error, RETRYABLE);
      }
    },
    async execute(sql, params) {
      try {
        return (await client.query(sql, [...params])).rowCount ?? 0;
      } catch (error) {
        throw wrapDriverError('postgres', error, RETRYABLE);
      }
    },
  };
}

export function createPostgresDriver(config: Required<Pick<PostgresConfig, 'url' | 'poolSize'>> & { schema?: string | undefined }): SqlDriver {
  const options = config.schema ? `-c search_path=${quoteDouble(config.schema)}` : undefined;
  const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize, types, ...(options ? { options } : {}) });
  pool.on('error', () => undefined); // an idle client lost its connection; the next query reports it
  const base = session(pool);
  return {
    engine: 'postgres',
    target: describeUrl('postgres', config.url),
    quote: quoteDouble,
    placeholder: (index) => `$${index}`,
    lockClause: ' FOR UPDATE',
    ...base,
    async columns(table) {
      const rows = await base.query(
        `SELECT column_name, data_type, character_maximum_length, is_nullable FROM information_schema.columns
          WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
        [table],
      );
      if (rows.length === 0) return null;
      return rows.map((r): ColumnInfo => ({
        name: String(r.column_name),
        kind: classifyColumnType(String(r.data_type)),
        maxLength: r.character_maximum_length === null ? null : Number(r.character_maximum_length),
        nullable: r.is_nullable === 'YES',
      }));
    },
    async transaction(work) {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        throw wrapDriverError('postgres', error, RETRYABLE);
      }
      try {
        await client.query('BEGIN');
        const result = await work(session(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw wrapDriverError('postgres', error, RETRYABLE);
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
