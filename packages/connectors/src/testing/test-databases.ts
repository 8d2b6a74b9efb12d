// Test-only: real, throw-away databases on the local PostgreSQL and MariaDB servers, and SQLite files.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import pg from 'pg';

export const POSTGRES_ADMIN_URL = process.env.PLEDGE_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const MYSQL_ADMIN_URL = process.env.PLEDGE_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test';

export interface TestDatabase {
  url: string;
  /** Runs one statement without parameters (schema, seed). */
  exec(sql: string): Promise<void>;
  /** Plain SQL with `?` placeholders, for ground truth; rows as the driver returns them. */
  query(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  drop(): Promise<void>;
}

const uniqueName = () => `pledge_t_${process.pid}_${randomBytes(4).toString('hex')}`;
const withUrlPath = (url: string, path: string) => Object.assign(new URL(url), { pathname: `/${path}` }).toString();

export async function createPostgresTestDatabase(): Promise<TestDatabase> {
  const name = uniqueName();
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = withUrlPath(POSTGRES_ADMIN_URL, name);
  // Same parsers as the connector: date and timestamp stay as written.
  const types = { getTypeParser: ((oid: number, format?: 'text') => (oid === 1082 || oid === 1114 ? (v: string) => v : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser };
  const client = new pg.Client({ connectionString: url, types });
  await client.connect();
  return {
    url,
    exec: async (sql) => void (await client.query(sql)),
    query: async (sql, params = []) => {
      let i = 0;
      return (await client.query(sql.replace(/\?/g, () => `$${++i}`), params)).rows;
    },
    drop: async () => {
      await client.end();
      const again = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    },
  };
}

export async function createMysqlTestDatabase(): Promise<TestDatabase> {
  const name = uniqueName();
  const admin = await mysql.createConnection({ uri: MYSQL_ADMIN_URL });
  await admin.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4`);
  await admin.end();
  const url = withUrlPath(MYSQL_ADMIN_URL, name);
  const conn = await mysql.createConnection({ uri: url, timezone: 'Z', dateStrings: true, supportBigNumbers: true, bigNumberStrings: true });
  return {
    url,
    exec: async (sql) => void (await conn.query(sql)),
    query: async (sql, params = []) => (await conn.execute(sql, params as mysql.ExecuteValues[]))[0] as Record<string, unknown>[],
    drop: async () => {
      await conn.query(`DROP DATABASE IF EXISTS ${name}`);
      await conn.end();
    },
  };
}

export async function createSqliteTestDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'pledge-sqlite-'));
  const path = join(dir, 'shop.db');
  const db = new Database(path);
  db.pragma('foreign_keys = ON');
  return {
    url: path,
    exec: async (sql) => void db.exec(sql),
    query: async (sql, params = []) => db.prepare(sql).all(...(params as unknown[])) as Record<string, unknown>[],
    drop: async () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
