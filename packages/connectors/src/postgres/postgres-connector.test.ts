import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoShop } from '../../demo-shop/demo-shop-sql.ts';
import { describeConnectorContract } from '../contract/connector-contract.ts';
import { ConnectorError } from '../connector-error.ts';
import { createPostgresTestDatabase, type TestDatabase } from '../testing/test-databases.ts';
import { createPostgresConnector } from './postgres-connector.ts';

describeConnectorContract(
  'postgres',
  async () => {
    const db = await createPostgresTestDatabase();
    await loadDemoShop(db.exec, 'postgres');
    const connector = createPostgresConnector({ url: db.url });
    return { connector, query: db.query, close: async () => (await connector.close(), await db.drop()) };
  },
  { sql: true },
);

describe('postgres connector', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createPostgresTestDatabase();
    await db.exec('CREATE SCHEMA crm');
    await db.exec(`CREATE TABLE crm.things (id bigint PRIMARY KEY, born date, seen timestamptz, price numeric(10,2), photo bytea, ok boolean, note text)`);
    await db.exec(`INSERT INTO crm.things VALUES (9007199254740993, '1990-05-17', '2024-01-02T03:04:05Z', 12.50, '\\x010203', true, 'hi')`);
  });
  afterAll(async () => db?.drop());

  it('returns plain JSON values: bigint and numeric as strings, dates as written or ISO, bytes as base64', async () => {
    const connector = createPostgresConnector({ url: db.url, schema: 'crm' });
    const dataset = { id: 'things', table: 'things', primaryKey: 'id', identities: [], references: [], fields: [{ name: 'note', category: 'content.comments', erasure: 'delete_row' as const }] };
    try {
      const rows = await connector.findRows(dataset, { field: 'id', values: ['9007199254740993'] });
      expect(rows).toEqual([{ id: '9007199254740993', born: '1990-05-17', seen: '2024-01-02T03:04:05.000Z', price: '12.50', photo: 'AQID', ok: true, note: 'hi' }]);
    } finally {
      await connector.close();
    }
  });

  it('refuses settings that are not a PostgreSQL URL, without echoing them', () => {
    const attempt = () => createPostgresConnector({ url: 'mysql://user:hunter2@db/shop' });
    expect(attempt).toThrow(ConnectorError);
    expect(attempt).toThrow(/url: a postgres:\/\//);
    expect(attempt).not.toThrow(/hunter2/);
  });

  it('reports an unreachable server as a retryable network error', async () => {
    const connector = createPostgresConnector({ url: 'postgres://postgres@127.0.0.1:1/none' });
    const dataset = { id: 'x', table: 'x', primaryKey: 'id', identities: [], references: [], fields: [{ name: 'id', category: 'account.user_id', erasure: 'delete_row' as const }] };
    const error = await connector.findRows(dataset, { field: 'id', values: [1] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'network', retryable: true });
    await connector.close();
  });
});
