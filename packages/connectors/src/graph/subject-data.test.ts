// Ground truth on real engines: what collectSubjectData and eraseSubjectData do must match plain SQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '@pledge/manifest';
import { CRM_TABLES, PLANTED, SHOP_TABLES } from '../../demo-shop/demo-shop-seed.ts';
import { loadDemoShop } from '../../demo-shop/demo-shop-sql.ts';
import type { Connector, Row } from '../connector.ts';
import { REDACTED, hashValue } from '../erasure-plan.ts';
import { createMysqlConnector } from '../mysql/mysql-connector.ts';
import { createPostgresConnector } from '../postgres/postgres-connector.ts';
import { createConnectors } from '../registry/create-connector.ts';
import { TEST_HASH_SECRET, loadDemoShopManifest } from '../testing/demo-shop-manifest.ts';
import { expectedRows, othersSnapshot, rowsById, type ShopDatabases, type Truth } from '../testing/ground-truth.ts';
import { createMysqlTestDatabase, createPostgresTestDatabase, type TestDatabase } from '../testing/test-databases.ts';
import { collectSubjectData, type SubjectData } from './collect-subject-data.ts';
import { changesIn, eraseSubjectData } from './erase-subject-data.ts';
import type { SubjectIdentity } from './find-subject-rows.ts';

const manifest = loadDemoShopManifest();
type Mode = 'postgres' | 'mariadb' | 'postgres + mariadb';

async function setUp(mode: Mode): Promise<{ dbs: ShopDatabases; connectors: Record<string, Connector>; close(): Promise<void> }> {
  const binary = (engine: 'postgres' | 'mysql') => (column: string) => (engine === 'mysql' ? `BINARY ${column}` : column);
  if (mode === 'postgres + mariadb') {
    const [shop, crm] = await Promise.all([createPostgresTestDatabase(), createMysqlTestDatabase()]);
    await loadDemoShop(shop.exec, 'postgres', SHOP_TABLES);
    await loadDemoShop(crm.exec, 'mysql', CRM_TABLES);
    // As the server will: the registry reads each system's URL from the variable the manifest names.
    const connectors = createConnectors(manifest.systems, { SHOP_DATABASE_URL: shop.url, CRM_DATABASE_URL: crm.url });
    const exact = (column: string, system: 'shop' | 'crm') => (system === 'crm' ? binary('mysql')(column) : column);
    return { dbs: { shop, crm, exact }, connectors, close: async () => (await Promise.all(Object.values(connectors).map((c) => c.close())), await shop.drop(), await crm.drop()) };
  }
  const engine = mode === 'postgres' ? 'postgres' : 'mysql';
  const db: TestDatabase = await (engine === 'postgres' ? createPostgresTestDatabase() : createMysqlTestDatabase());
  await loadDemoShop(db.exec, engine);
  const connector = engine === 'postgres' ? createPostgresConnector({ url: db.url }) : createMysqlConnector({ url: db.url });
  return { dbs: { shop: db, crm: db, exact: binary(engine) }, connectors: { shop: connector, crm: connector }, close: async () => (await connector.close(), await db.drop()) };
}

const sorted = (rows: Row[]) => [...rows].sort((a, b) => Number(a.id) - Number(b.id));
const found = (data: SubjectData): Truth => Object.fromEntries(data.datasets.map((d) => [d.dataset, sorted(d.rows)]));
const ids = (rows: Row[] | undefined) => (rows ?? []).map((r) => r.id);

for (const mode of ['postgres', 'mariadb', 'postgres + mariadb'] as const) {
  describe(`rights requests on the demo shop (${mode})`, () => {
    let env: Awaited<ReturnType<typeof setUp>>;
    beforeAll(async () => {
      env = await setUp(mode);
    });
    afterAll(async () => env?.close());

    const customerIds = async (column: 'email' | 'phone', value: string) =>
      (await env.dbs.shop.query(`SELECT id FROM customers WHERE ${env.dbs.exact(column, 'shop')} = ?`, [value])).map((r) => Number(r.id));
    const cookieOf = async (customerId: number) => String((await env.dbs.crm.query('SELECT cookie_id FROM web_events WHERE customer_id = ? LIMIT 1', [customerId]))[0]?.cookie_id);
    const expectMatch = (data: SubjectData, truth: Truth) => {
      expect(data.errors).toEqual([]);
      const actual = found(data);
      for (const [dataset, rows] of Object.entries(truth)) expect({ dataset, rows: actual[dataset] ?? [] }).toEqual({ dataset, rows });
    };

    it('exports exactly the rows of a subject found by e-mail, and nothing of the look-alikes', async () => {
      const data = await collectSubjectData(manifest, env.connectors, [{ type: 'email', value: PLANTED.anna }]);
      expectMatch(data, await expectedRows(env.dbs, await customerIds('email', PLANTED.anna), { email: PLANTED.anna }));
      expect(data.datasets.find((d) => d.dataset === 'customers')?.categories).toEqual({ email: 'contact.email', name: 'identity.name', phone: 'contact.phone', last_login: 'usage.access_times' });
      expect(data.datasets.find((d) => d.dataset === 'support-tickets')?.rows.length).toBe(2); // one linked by id, one by e-mail only
    });

    it('keeps the other Anna Jansen apart: same name, look-alike address', async () => {
      const data = await collectSubjectData(manifest, env.connectors, [{ type: 'email', value: PLANTED.annaNet }]);
      expectMatch(data, await expectedRows(env.dbs, await customerIds('email', PLANTED.annaNet), { email: PLANTED.annaNet }));
      const everything = JSON.stringify(data.datasets);
      expect(everything).not.toContain(PLANTED.anna);
      expect(found(data).customers?.map((r) => r.id)).toEqual([2]);
    });

    it('finds a visitor known only by a cookie id, and nobody else', async () => {
      const data = await collectSubjectData(manifest, env.connectors, [{ type: 'cookie_id', value: PLANTED.cookieOnly }]);
      expectMatch(data, await expectedRows(env.dbs, [], { cookie: PLANTED.cookieOnly }));
      expect(found(data)['web-events']?.length).toBeGreaterThan(0);
      expect(data.unreachable.map((u) => u.dataset)).toEqual(['newsletter']);
    });

    it('goes from a cookie to the customer behind it and back to all their data (both directions)', async () => {
      const cookie = await cookieOf(1);
      const data = await collectSubjectData(manifest, env.connectors, [{ type: 'cookie_id', value: cookie }]);
      expectMatch(data, { ...(await expectedRows(env.dbs, [1], { cookie })), newsletter: [] });
      expect(found(data)['web-events']?.some((e) => e.customer_id === null)).toBe(true); // the visit before login
    });

    it('finds a subject by phone number, with a quote in the name', async () => {
      const [row] = await env.dbs.shop.query('SELECT id, phone FROM customers WHERE email = ?', [PLANTED.obrien]);
      const data = await collectSubjectData(manifest, env.connectors, [{ type: 'phone', value: String(row!.phone) }]);
      expectMatch(data, { ...(await expectedRows(env.dbs, [Number(row!.id)], {})), newsletter: [] });
      expect(found(data).customers?.[0]?.name).toBe("Seán O'Brien");
    });

    it('treats injection attempts in identities as values that match nobody', async () => {
      const attacks: SubjectIdentity[] = ["' OR '1'='1", `${PLANTED.anna}' --`, `${PLANTED.anna}" OR ""="`, '%', '1 OR 1=1'].flatMap((value) => [
        { type: 'email' as const, value },
        { type: 'account_id' as const, value },
        { type: 'cookie_id' as const, value },
      ]);
      const data = await collectSubjectData(manifest, env.connectors, attacks);
      expect(data.errors).toEqual([]);
      expect(data.datasets.every((d) => d.rows.length === 0)).toBe(true);
    });

    it('records a failing dataset and carries on with the rest', async () => {
      const typo = structuredClone(manifest) as Manifest;
      typo.systems[1]!.datasets[0]!.fields.push({ name: 'emial', category: 'contact.email', erasure: 'delete_row' });
      const data = await collectSubjectData(typo, env.connectors, [{ type: 'email', value: PLANTED.anna }]);
      expect(data.errors).toEqual([{ system: 'crm', dataset: 'support-tickets', error: expect.stringMatching(/column "emial".*support_tickets/), retryable: false }]);
      expect(found(data).customers?.map((r) => r.id)).toEqual([1]);
      expect(found(data)['web-events']?.length).toBeGreaterThan(0);
    });

    it('erases a subject children-first, keeps what tax law requires, leaves everyone else alone, and is idempotent', async () => {
      const subject = await expectedRows(env.dbs, await customerIds('email', PLANTED.anna), { email: PLANTED.anna });
      const others = await othersSnapshot(env.dbs, subject);
      const identities: SubjectIdentity[] = [{ type: 'email', value: PLANTED.anna }];

      const report = await eraseSubjectData(manifest, env.connectors, identities, { hashSecret: TEST_HASH_SECRET });
      const of = (dataset: string) => report.datasets.find((d) => d.dataset === dataset)!;
      expect(report.datasets.flatMap((d) => d.errors)).toEqual([]);
      expect(of('customers')).toMatchObject({ erased: 1 });
      expect(of('addresses')).toMatchObject({ erased: subject.addresses!.length });
      expect(of('orders')).toMatchObject({ erased: 0, nulled: subject.orders!.length, redacted: subject.orders!.length });
      expect(of('order-items')).toMatchObject({ nulled: subject['order-items']!.filter((i) => i.gift_message !== null).length });
      expect(of('invoices')).toMatchObject({ erased: 0, nulled: subject.invoices!.length, retained: subject.invoices!.length });
      expect(of('invoices').retention).toEqual([{ rule: 'tax', legalBasis: 'Dutch tax law requires us to keep invoices for 7 years (Art. 52 AWR).', fields: ['invoice_number', 'billing_name', 'billing_address'] }]);
      expect(of('newsletter')).toMatchObject({ hashed: 1, retained: 1, retention: [{ rule: 'consent-proof', legalBasis: expect.stringMatching(/Art\. 7\(1\)/) }] });
      expect(of('support-tickets')).toMatchObject({ erased: 2 });
      expect(of('web-events')).toMatchObject({ erased: subject['web-events']!.length });
      const order = report.datasets.map((d) => d.dataset);
      expect(order.indexOf('order-items')).toBeLessThan(order.indexOf('orders'));
      expect(order.indexOf('orders')).toBeLessThan(order.indexOf('customers'));

      // The end state, in plain SQL.
      expect(await customerIds('email', PLANTED.anna)).toEqual([]);
      for (const dataset of ['customers', 'addresses', 'support-tickets', 'web-events']) expect(await rowsById(env.dbs, dataset, ids(subject[dataset]))).toEqual([]);
      expect(await rowsById(env.dbs, 'orders', ids(subject.orders))).toEqual(subject.orders!.map((o) => ({ ...o, customer_id: null, shipping_name: REDACTED, shipping_address: REDACTED })));
      expect(await rowsById(env.dbs, 'order-items', ids(subject['order-items']))).toEqual(subject['order-items']!.map((i) => ({ ...i, gift_message: null })));
      expect(await rowsById(env.dbs, 'invoices', ids(subject.invoices))).toEqual(subject.invoices!.map((i) => ({ ...i, billing_email: null })));
      expect(await rowsById(env.dbs, 'newsletter', ids(subject.newsletter))).toEqual(subject.newsletter!.map((n) => ({ ...n, email: hashValue(TEST_HASH_SECRET, PLANTED.anna) })));
      expect(await othersSnapshot(env.dbs, subject)).toEqual(others);

      const again = await eraseSubjectData(manifest, env.connectors, identities, { hashSecret: TEST_HASH_SECRET });
      expect(changesIn(again)).toBe(0);
      expect(again.datasets.flatMap((d) => d.errors)).toEqual([]);
      expect(await othersSnapshot(env.dbs, subject)).toEqual(others);
    });

    it('erases a cookie-only visitor and then finds nothing left', async () => {
      const identities: SubjectIdentity[] = [{ type: 'cookie_id', value: PLANTED.cookieOnly }];
      const before = (await collectSubjectData(manifest, env.connectors, identities)).datasets.find((d) => d.dataset === 'web-events')!.rows.length;
      const report = await eraseSubjectData(manifest, env.connectors, identities, { hashSecret: TEST_HASH_SECRET });
      expect(report.datasets.find((d) => d.dataset === 'web-events')).toMatchObject({ erased: before });
      expect(changesIn(report)).toBe(before);
      expect(changesIn(await eraseSubjectData(manifest, env.connectors, identities, { hashSecret: TEST_HASH_SECRET }))).toBe(0);
      expect((await collectSubjectData(manifest, env.connectors, identities)).datasets.every((d) => d.rows.length === 0)).toBe(true);
    });
  });
}
