import { fileURLToPath } from 'node:url';
import { CRM_TABLES, SHOP_TABLES } from '../../packages/connectors/demo-shop/demo-shop-seed.ts';
import { loadDemoShop } from '../../packages/connectors/demo-shop/demo-shop-sql.ts';
import { createMysqlTestDatabase, createPostgresTestDatabase, type TestDatabase } from '../../packages/connectors/src/testing/test-databases.ts';
import { startE2eServer, type E2eServer } from './e2e-server.ts';

const DEMO_SHOP_MANIFEST = fileURLToPath(new URL('../../packages/connectors/demo-shop/demo-shop.pledge.yaml', import.meta.url));
/** Stable, so the test can compute what `hash` erasure writes (HMAC-SHA256 under this key). */
export const ERASURE_HASH_SECRET = '3c'.repeat(32);

export interface DemoShopServer extends E2eServer {
  /** System "shop": a fresh PostgreSQL database; `query` is plain SQL for ground truth (`?` placeholders). */
  shop: TestDatabase;
  /** System "crm": a fresh MariaDB database. */
  crm: TestDatabase;
}

/**
 * The demo shop seeded into fresh databases on the local PostgreSQL and MariaDB servers, and Pledge on its manifest
 * with the fulfilment worker in-process (as `pledge serve --worker`), so approved requests are carried out.
 */
export async function startDemoShopServer(): Promise<DemoShopServer> {
  const [shop, crm] = await Promise.all([createPostgresTestDatabase(), createMysqlTestDatabase()]);
  await Promise.all([loadDemoShop(shop.exec, 'postgres', SHOP_TABLES), loadDemoShop(crm.exec, 'mysql', CRM_TABLES)]);
  const server = await startE2eServer({
    manifestFile: DEMO_SHOP_MANIFEST,
    systemsEnv: { SHOP_DATABASE_URL: shop.url, CRM_DATABASE_URL: crm.url },
    env: { PLEDGE_ERASURE_HASH_SECRET: ERASURE_HASH_SECRET },
    worker: true,
    staffDomain: 'shop.example',
  });
  return {
    ...server,
    shop,
    crm,
    close: async () => {
      await server.close();
      await Promise.all([shop.drop(), crm.drop()]);
    },
  };
}
