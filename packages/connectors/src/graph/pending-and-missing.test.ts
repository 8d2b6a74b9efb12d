import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLANTED } from '../../demo-shop/demo-shop-seed.ts';
import { loadDemoShop } from '../../demo-shop/demo-shop-sql.ts';
import type { Connector } from '../connector.ts';
import { ManualConnector } from '../manual/manual-connector.ts';
import { createSqliteConnector } from '../sqlite/sqlite-connector.ts';
import { TEST_HASH_SECRET, loadDemoShopManifest } from '../testing/demo-shop-manifest.ts';
import { createSqliteTestDatabase, type TestDatabase } from '../testing/test-databases.ts';
import { collectSubjectData } from './collect-subject-data.ts';
import { eraseSubjectData } from './erase-subject-data.ts';

const manifest = loadDemoShopManifest();
const anna = [{ type: 'email' as const, value: PLANTED.anna }];

describe('systems that answer later, or not at all', () => {
  let db: TestDatabase;
  let shop: Connector;
  beforeAll(async () => {
    db = await createSqliteTestDatabase();
    await loadDemoShop(db.exec, 'sqlite');
    shop = createSqliteConnector({ url: db.url });
  });
  afterAll(async () => {
    await shop?.close();
    await db?.drop();
  });

  it('returns a manual system\'s checklists as pending work beside the rows found elsewhere', async () => {
    const data = await collectSubjectData(manifest, { shop, crm: new ManualConnector('crm', { assignee: 'Support lead' }) }, anna, { requestId: 'req-1' });
    expect(data.errors).toEqual([]);
    expect(data.datasets.find((d) => d.dataset === 'customers')?.rows.map((r) => r.id)).toEqual([1]);
    const tickets = data.pending.filter((p) => p.dataset === 'support-tickets');
    expect(tickets.map((p) => p.task?.steps[0])).toEqual([
      `Search "support_tickets" (support-tickets) for every record whose "email" is exactly "${PLANTED.anna}".`,
      'Search "support_tickets" (support-tickets) for every record whose "customer_id" is exactly "1".',
    ]);
    const erasure = await eraseSubjectData(manifest, { shop, crm: new ManualConnector('crm') }, anna, { hashSecret: TEST_HASH_SECRET });
    expect(erasure.datasets.find((d) => d.dataset === 'support-tickets')?.pending.length).toBeGreaterThan(0);
    // Until the person reports what they found, the customer row stays: it is how a later run finds the tickets again.
    expect(erasure.datasets.find((d) => d.dataset === 'customers')).toMatchObject({ erased: 0, errors: [expect.stringMatching(/^Not erased yet/)] });
  });

  it('records a system without a connector per dataset, and keeps the parents its rows hang on for a later run', async () => {
    const data = await collectSubjectData(manifest, { shop }, [{ type: 'email', value: PLANTED.annaPlus }]);
    expect(data.errors.map((e) => `${e.system}.${e.dataset}: ${e.error}`)).toEqual([
      'crm.support-tickets: No connector for system "crm".',
      'crm.web-events: No connector for system "crm".',
    ]);
    const report = await eraseSubjectData(manifest, { shop }, [{ type: 'email', value: PLANTED.annaPlus }], { hashSecret: TEST_HASH_SECRET });
    const of = (dataset: string) => report.datasets.find((d) => d.dataset === dataset)!;
    expect(of('web-events').errors).toEqual(['No connector for system "crm".']);
    expect(of('addresses')).toMatchObject({ erased: 1, errors: [] });
    expect(of('customers')).toMatchObject({ erased: 0, errors: [expect.stringMatching(/^Not erased yet: crm\.support-tickets, crm\.web-events must be erased first/)] });
    expect(await db.query('SELECT id FROM customers WHERE email = ?', [PLANTED.annaPlus])).toEqual([{ id: 4 }]);
  });
});
