// Test-only: the hooks every fulfilment suite shares — Pledge's test database and a webhook stub per file, a freshly
// seeded demo shop and a new harness per test — and plain-SQL helpers for ground truth.
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { PLANTED } from '../../../../connectors/demo-shop/demo-shop-seed.ts';
import { createTestDatabase, type TestDatabase } from '../../db/test-database.ts';
import { createShop, loadTestManifest, WEBHOOK_SECRET, type Shop } from './fulfilment-fixture.ts';
import { createHarness, type Harness } from './fulfilment-harness.ts';
import { startWebhookStub, type WebhookStub } from './webhook-stub.ts';

export interface Suite {
  manifest: ReturnType<typeof loadTestManifest>;
  pledge: TestDatabase;
  stub: WebhookStub;
  shop: Shop;
  h: Harness;
  /** Plain SQL on the shop's PostgreSQL / MariaDB database (`?` placeholders). */
  pg(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  my(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
}

export function useFulfilmentSuite(): Suite {
  const s = { manifest: loadTestManifest() } as Suite;
  s.pg = (sql, params = []) => s.shop.shop.query(sql, params);
  s.my = (sql, params = []) => s.shop.crm.query(sql, params);
  beforeAll(async () => {
    s.pledge = await createTestDatabase();
    s.stub = await startWebhookStub(WEBHOOK_SECRET, []);
  });
  afterAll(async () => {
    await s.stub?.close();
    await s.pledge?.destroy();
  });
  beforeEach(async () => {
    s.stub.contacts = [{ id: 1, email: PLANTED.anna, customer_id: 1 }, { id: 2, email: PLANTED.annaNet, customer_id: 2 }, { id: 3, email: 'someone@example.org', customer_id: null }];
    s.stub.received = [];
    s.stub.failWith = null;
    s.shop = await createShop(s.stub.url);
    s.h = createHarness(s.pledge.db, s.manifest, s.shop.env);
  });
  afterEach(() => s.shop?.close());
  return s;
}
