import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoShop } from '../../demo-shop/demo-shop-sql.ts';
import { describeConnectorContract } from '../contract/connector-contract.ts';
import { ConnectorError } from '../connector-error.ts';
import { createMysqlTestDatabase, type TestDatabase } from '../testing/test-databases.ts';
import { createMysqlConnector } from './mysql-connector.ts';

describeConnectorContract(
  'mysql (MariaDB)',
  async () => {
    const db = await createMysqlTestDatabase();
    await loadDemoShop(db.exec, 'mysql');
    const connector = createMysqlConnector({ url: db.url });
    return { connector, query: db.query, close: async () => (await connector.close(), await db.drop()) };
  },
  { sql: true },
);

describe('mysql connector', () => {
  let db: TestDatabase;
  const dataset = { id: 'things', table: 'things', primaryKey: 'id', identities: [], references: [], fields: [{ name: 'note', category: 'content.comments', erasure: 'delete_row' as const }] };
  beforeAll(async () => {
    db = await createMysqlTestDatabase();
    await db.exec(`CREATE TABLE things (id bigint PRIMARY KEY, born date, seen datetime, price decimal(10,2), photo varbinary(8), note varchar(20))`);
    await db.exec(`INSERT INTO things VALUES (9007199254740993, '1990-05-17', '2024-01-02 03:04:05', 12.50, x'010203', 'hi'), (5, NULL, NULL, NULL, NULL, 'Hi ')`);
  });
  afterAll(async () => db?.drop());

  it('returns plain JSON values: BIGINT and DECIMAL as strings, dates as written, bytes as base64', async () => {
    const connector = createMysqlConnector({ url: db.url.replace(/^mysql:/, 'mariadb:') });
    try {
      const rows = await connector.findRows(dataset, { field: 'id', values: ['9007199254740993'] });
      expect(rows).toEqual([{ id: '9007199254740993', born: '1990-05-17', seen: '2024-01-02 03:04:05', price: '12.50', photo: 'AQID', note: 'hi' }]);
    } finally {
      await connector.close();
    }
  });

  it('does not let MySQL casts or collations widen a match', async () => {
    const connector = createMysqlConnector({ url: db.url });
    try {
      // MySQL compares '5 OR 1=1' with an integer as 5, and 'HI' with 'hi' as equal under its default collation.
      expect(await connector.findRows(dataset, { field: 'id', values: ['5 OR 1=1', '5abc'] })).toEqual([]);
      expect(await connector.findRows(dataset, { field: 'note', values: ['HI', 'Hi'] })).toEqual([]);
      expect((await connector.findRows(dataset, { field: 'note', values: ['Hi '] })).map((r) => r.id)).toEqual(['5']);
    } finally {
      await connector.close();
    }
  });

  it('refuses settings that are not a MySQL URL, without echoing them', () => {
    const attempt = () => createMysqlConnector({ url: 'postgres://user:hunter2@db/shop' });
    expect(attempt).toThrow(ConnectorError);
    expect(attempt).not.toThrow(/hunter2/);
  });
});
