// How the traversal talks to a SQL system: lookups of one pass at once and no repeated key lookups, one transaction
// per system for the erasure, and dataset by dataset when that transaction fails.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PLANTED } from '../../demo-shop/demo-shop-seed.ts';
import { loadDemoShop } from '../../demo-shop/demo-shop-sql.ts';
import type { Connector } from '../connector.ts';
import { ConnectorError } from '../connector-error.ts';
import { createSqliteConnector } from '../sqlite/sqlite-connector.ts';
import { TEST_HASH_SECRET, loadDemoShopManifest } from '../testing/demo-shop-manifest.ts';
import { createSqliteTestDatabase, type TestDatabase } from '../testing/test-databases.ts';
import { eraseSubjectData } from './erase-subject-data.ts';

const manifest = loadDemoShopManifest();
const anna = [{ type: 'email' as const, value: PLANTED.anna }];

interface Calls {
  find: string[];
  eraseMany: string[][];
  eraseRows: string[];
}

/** The real connector, with its calls written down; `failing` datasets throw on erasure, alone or in a batch. */
function watched(real: Connector, calls: Calls, failing: ReadonlySet<string> = new Set()): Connector {
  const fail = (dataset: string) => new ConnectorError('engine', `sqlite: ${dataset} is broken`);
  return {
    engine: real.engine,
    capabilities: real.capabilities,
    describe: () => real.describe(),
    findRows: (dataset, lookup, context) => (calls.find.push(`${dataset.id}.${lookup.field}`), real.findRows(dataset, lookup, context)),
    eraseRows: async (dataset, keys, plan, context) => {
      calls.eraseRows.push(dataset.id);
      if (failing.has(dataset.id)) throw fail(dataset.id);
      return real.eraseRows(dataset, keys, plan, context);
    },
    eraseMany: async (targets, context) => {
      calls.eraseMany.push(targets.map((t) => t.dataset.id));
      const broken = targets.find((t) => failing.has(t.dataset.id));
      if (broken) throw fail(broken.dataset.id);
      return real.eraseMany!(targets, context);
    },
    rectifyRows: (dataset, keys, changes, context) => real.rectifyRows(dataset, keys, changes, context),
    restrictRows: (dataset, keys, restricted, context) => real.restrictRows(dataset, keys, restricted, context),
    close: () => real.close(),
  };
}

describe('erasing what the traversal found', () => {
  let db: TestDatabase;
  let real: Connector;
  let calls: Calls;
  beforeEach(async () => {
    db = await createSqliteTestDatabase();
    await loadDemoShop(db.exec, 'sqlite');
    real = createSqliteConnector({ url: db.url });
    calls = { find: [], eraseMany: [], eraseRows: [] };
  });
  afterEach(async () => {
    await real?.close();
    await db?.drop();
  });

  it('looks each value up once, never a key whose row it already has, and erases each system in one transaction', async () => {
    const shop = watched(real, calls);
    const report = await eraseSubjectData(manifest, { shop, crm: shop }, anna, { hashSecret: TEST_HASH_SECRET });
    expect(report.datasets.flatMap((d) => d.errors)).toEqual([]);
    // customers is found by e-mail; the children's customer_id = 1 names that same row, so it is not asked for again.
    expect(calls.find.filter((f) => f.startsWith('customers.'))).toEqual(['customers.email']);
    expect(new Set(calls.find).size).toBe(calls.find.length);
    expect(calls.eraseMany).toEqual([['support-tickets', 'web-events'], ['newsletter', 'addresses', 'order-items', 'invoices', 'orders', 'customers']]);
    expect(calls.eraseRows).toEqual([]);
    expect(await db.query('SELECT id FROM customers WHERE id = 1')).toEqual([]);
  });

  it('goes dataset by dataset when a batch fails: the failing one is reported, its parents wait, the rest is erased', async () => {
    const addresses = (await db.query('SELECT count(*) AS n FROM addresses WHERE customer_id = 1'))[0]!.n;
    const shop = watched(real, calls, new Set(['invoices']));
    const report = await eraseSubjectData(manifest, { shop, crm: shop }, anna, { hashSecret: TEST_HASH_SECRET });
    const of = (dataset: string) => report.datasets.find((d) => d.dataset === dataset)!;
    expect(of('invoices')).toMatchObject({ errors: ['sqlite: invoices is broken'], retryable: false });
    expect(of('orders').errors).toEqual([expect.stringMatching(/^Not erased yet: shop\.invoices/)]);
    expect(of('customers').errors).toEqual([expect.stringMatching(/^Not erased yet: shop\.orders/)]);
    expect(of('addresses')).toMatchObject({ erased: addresses, errors: [] });
    expect(of('order-items').errors).toEqual([]);
    expect(calls.eraseRows).toEqual(['newsletter', 'addresses', 'order-items', 'invoices']); // orders and customers wait
    expect(await db.query('SELECT id FROM customers WHERE id = 1')).toEqual([{ id: 1 }]);
    expect(await db.query('SELECT count(*) AS n FROM addresses WHERE customer_id = 1')).toEqual([{ n: 0 }]);
  });
});
