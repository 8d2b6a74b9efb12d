import { describe, expect, it } from 'vitest';
import { loadDemoShop } from '../../demo-shop/demo-shop-sql.ts';
import { describeConnectorContract } from '../contract/connector-contract.ts';
import { createSqliteTestDatabase } from '../testing/test-databases.ts';
import { sqlitePath } from './sqlite-config.ts';
import { createSqliteConnector } from './sqlite-connector.ts';

describeConnectorContract(
  'sqlite',
  async () => {
    const db = await createSqliteTestDatabase();
    await loadDemoShop(db.exec, 'sqlite');
    const connector = createSqliteConnector({ url: `file:${db.url}` });
    return { connector, query: db.query, close: async () => (await connector.close(), await db.drop()) };
  },
  { sql: true },
);

describe('sqlite connector', () => {
  it('reads file:, sqlite: and plain paths alike', () => {
    expect(sqlitePath('file:/var/db/shop.db')).toBe('/var/db/shop.db');
    expect(sqlitePath('sqlite:///var/db/shop.db')).toBe('/var/db/shop.db');
    expect(sqlitePath('/var/db/shop.db')).toBe('/var/db/shop.db');
  });

  it('refuses to create a database that does not exist', () => {
    expect(() => createSqliteConnector({ url: '/nonexistent/dir/shop.db' })).toThrow(/Cannot open the SQLite database/);
  });
});
