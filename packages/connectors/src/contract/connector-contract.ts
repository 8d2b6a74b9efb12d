// The contract every connector passes, against the demo shop loaded on the real engine (or behind a real webhook).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector, DatasetSpec, Row } from '../connector.ts';
import { isPending } from '../connector.ts';
import { ConnectorError } from '../connector-error.ts';
import { REDACTED, hashValue, planErasure } from '../erasure-plan.ts';
import { toJsonRow } from '../json-values.ts';
import { PLANTED } from '../../demo-shop/demo-shop-seed.ts';
import { TEST_HASH_SECRET, demoDataset, loadDemoShopManifest } from '../testing/demo-shop-manifest.ts';

export interface ContractHarness {
  connector: Connector;
  /** Plain SQL with `?` placeholders against the same data: the ground truth. */
  query(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

export interface ContractOptions {
  /**
   * SQL engines check the manifest against the real table and name the column in their messages. A webhook cannot:
   * the receiver owns its schema and passes back only an error code.
   */
  sql?: boolean;
}

const done = <T>(value: T): Exclude<T, { pending: true }> => {
  if (isPending(value)) throw new Error('expected a synchronous result, got a pending one');
  return value as Exclude<T, { pending: true }>;
};
const rejection = async (promise: Promise<unknown>): Promise<ConnectorError> => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ConnectorError);
  return error as ConnectorError;
};

export function describeConnectorContract(name: string, setup: () => Promise<ContractHarness>, options: ContractOptions = {}): void {
  describe(`connector contract: ${name}`, () => {
    const manifest = loadDemoShopManifest();
    const customers = demoDataset(manifest, 'customers');
    const with_ = (base: DatasetSpec, patch: Partial<DatasetSpec>): DatasetSpec => ({ ...base, ...patch });
    let h: ContractHarness;
    let c: Connector;
    const truth = async (sql: string, params: unknown[] = []): Promise<Row[]> => (await h.query(sql, params)).map(toJsonRow);
    const count = async (table: string) => Number((await h.query(`SELECT COUNT(*) AS n FROM ${table}`))[0]?.n);

    beforeAll(async () => {
      h = await setup();
      c = h.connector;
    });
    afterAll(async () => h?.close());

    it('describes itself without credentials', () => {
      const d = c.describe();
      expect(d.engine).toBe(c.engine);
      expect(d.capabilities).toEqual(c.capabilities);
      expect(d.target).not.toMatch(/password|secret|:[^/@:]*@/i);
    });

    it('finds exactly the rows whose field equals a value, with every column as plain JSON', async () => {
      const rows = done(await c.findRows(customers, { field: 'email', values: [PLANTED.anna] }));
      expect(rows).toEqual(await truth('SELECT * FROM customers WHERE email = ?', [PLANTED.anna]));
      expect(rows.map((r) => r.id)).toEqual([1]);
      expect(Object.keys(rows[0]!).sort()).toEqual(['created_at', 'email', 'id', 'last_login', 'name', 'phone', 'pledge_restricted_at']);
    });

    it('matches exactly: no look-alike address, other case or other person with the same name', async () => {
      const rows = done(await c.findRows(customers, { field: 'email', values: [PLANTED.anna, 'anna.jansen@example'] }));
      expect(rows.map((r) => r.email)).toEqual([PLANTED.anna]);
      const news = done(await c.findRows(demoDataset(manifest, 'newsletter'), { field: 'email', values: [PLANTED.anna] }));
      expect(news.map((r) => r.email)).toEqual([PLANTED.anna]); // not ANNA.JANSEN@EXAMPLE.COM
      expect(done(await c.findRows(customers, { field: 'email', values: [] }))).toEqual([]);
    });

    it('treats injection attempts in values as plain values', async () => {
      const before = await count('customers');
      const attacks = ["' OR '1'='1", `${PLANTED.anna}' --`, '1 OR 1=1', '1; DROP TABLE customers', '%', '*', '\\', '"', 'a\u0000b'];
      expect(done(await c.findRows(customers, { field: 'email', values: attacks }))).toEqual([]);
      expect(done(await c.findRows(customers, { field: 'id', values: attacks }))).toEqual([]);
      expect(done(await c.eraseRows(customers, attacks, planErasure(customers, TEST_HASH_SECRET)))).toMatchObject({ erased: 0 });
      expect(await count('customers')).toBe(before);
    });

    it('rejects lookups on columns the manifest does not declare', async () => {
      expect((await rejection(c.findRows(customers, { field: 'created_at', values: ['x'] }))).code).toBe('undeclared_field');
    });

    it.runIf(options.sql)('reports a column or table the database lacks as a clear error', async () => {
      const typo = with_(customers, { fields: [...customers.fields, { name: 'emial', category: 'contact.email', erasure: 'delete_row' }] });
      const error = await rejection(c.findRows(typo, { field: 'email', values: [PLANTED.anna] }));
      expect(error.code).toBe('unknown_column');
      expect(error.message).toMatch(/"emial".*customers/);
      expect((await rejection(c.findRows(with_(customers, { table: 'customer' }), { field: 'email', values: ['x'] }))).code).toBe('unknown_table');
      expect((await rejection(c.findRows(with_(customers, { table: 'customers; DROP TABLE orders' }), { field: 'email', values: ['x'] }))).code).toBe('invalid_identifier');
    });

    it('erases with delete_row, and a second run changes nothing', async () => {
      const events = demoDataset(manifest, 'web-events');
      const keys = (await truth('SELECT id FROM web_events WHERE cookie_id = ?', [PLANTED.cookieOnly])).map((r) => r.id as number);
      expect(keys.length).toBeGreaterThan(0);
      expect(done(await c.eraseRows(events, keys, planErasure(events, TEST_HASH_SECRET)))).toEqual({ erased: keys.length, nulled: 0, hashed: 0, redacted: 0, retained: 0 });
      expect(await truth('SELECT id FROM web_events WHERE cookie_id = ?', [PLANTED.cookieOnly])).toEqual([]);
      expect(done(await c.eraseRows(events, keys, planErasure(events, TEST_HASH_SECRET)))).toMatchObject({ erased: 0 });
    });

    it('nulls and redacts in place, and a second run changes nothing', async () => {
      const orders = demoDataset(manifest, 'orders');
      const keys = (await truth('SELECT id FROM orders WHERE customer_id = 2')).map((r) => r.id as number);
      const plan = planErasure(orders, TEST_HASH_SECRET);
      expect(done(await c.eraseRows(orders, keys, plan))).toEqual({ erased: 0, nulled: keys.length, hashed: 0, redacted: keys.length, retained: 0 });
      const after = await truth(`SELECT customer_id, shipping_name, status FROM orders WHERE id IN (${keys.map(() => '?').join(', ')})`, keys);
      expect(after.every((r) => r.customer_id === null && r.shipping_name === REDACTED && r.status !== null)).toBe(true);
      expect(done(await c.eraseRows(orders, keys, plan))).toEqual({ erased: 0, nulled: 0, hashed: 0, redacted: 0, retained: 0 });
    });

    it('hashes with HMAC-SHA256 and keeps retained fields untouched', async () => {
      const news = demoDataset(manifest, 'newsletter');
      const [row] = await truth('SELECT * FROM newsletter_subscriptions WHERE email = ?', [PLANTED.annaNet]);
      const plan = planErasure(news, TEST_HASH_SECRET);
      expect(done(await c.eraseRows(news, [row!.id as number], plan))).toEqual({ erased: 0, nulled: 0, hashed: 1, redacted: 0, retained: 1 });
      const [after] = await truth('SELECT * FROM newsletter_subscriptions WHERE id = ?', [row!.id]);
      expect(after).toEqual({ ...row, email: hashValue(TEST_HASH_SECRET, PLANTED.annaNet) });
      expect(done(await c.eraseRows(news, [row!.id as number], plan))).toEqual({ erased: 0, nulled: 0, hashed: 0, redacted: 0, retained: 1 });
    });

    it('erases a dataset in one transaction: a failure part-way changes nothing', async () => {
      const invoices = demoDataset(manifest, 'invoices');
      const keys = (await truth('SELECT id FROM invoices ORDER BY id')).slice(0, 3).map((r) => r.id as number);
      const before = await truth('SELECT * FROM invoices ORDER BY id');
      // invoice_number is UNIQUE: redacting a second row collides with the first, so the statement after the first fails.
      const plan = { strategies: { invoice_number: 'redact' as const }, hashSecret: TEST_HASH_SECRET };
      await rejection(c.eraseRows(invoices, keys, plan));
      expect(await truth('SELECT * FROM invoices ORDER BY id')).toEqual(before);
    });

    it.runIf(options.sql)('erases several datasets children-first in one transaction (eraseMany), and a second run changes nothing', async () => {
      expect(c.eraseMany).toBeDefined();
      const ds = (id: string) => demoDataset(manifest, id);
      const orderKeys = (await truth('SELECT id FROM orders WHERE customer_id = 5 ORDER BY id')).map((r) => r.id as number);
      const marks = orderKeys.map(() => '?').join(', ');
      const items = await truth(`SELECT id, gift_message FROM order_items WHERE order_id IN (${marks}) ORDER BY id`, orderKeys);
      const invoices = (await truth(`SELECT id FROM invoices WHERE order_id IN (${marks}) ORDER BY id`, orderKeys)).map((r) => r.id as number);
      const addresses = (await truth('SELECT id FROM addresses WHERE customer_id = 5')).map((r) => r.id as number);
      const targets = [
        { dataset: ds('order-items'), keys: items.map((r) => r.id as number) },
        { dataset: ds('invoices'), keys: invoices },
        { dataset: ds('addresses'), keys: addresses },
        { dataset: ds('orders'), keys: orderKeys },
        { dataset: customers, keys: [5] },
      ].map((t) => ({ ...t, plan: planErasure(t.dataset, TEST_HASH_SECRET) }));
      expect(orderKeys.length).toBeGreaterThan(0);
      expect(await c.eraseMany!(targets)).toEqual([
        { erased: 0, nulled: items.filter((i) => i.gift_message !== null).length, hashed: 0, redacted: 0, retained: 0 },
        { erased: 0, nulled: invoices.length, hashed: 0, redacted: 0, retained: invoices.length },
        { erased: addresses.length, nulled: 0, hashed: 0, redacted: 0, retained: 0 },
        { erased: 0, nulled: orderKeys.length, hashed: 0, redacted: orderKeys.length, retained: 0 },
        { erased: 1, nulled: 0, hashed: 0, redacted: 0, retained: 0 },
      ]);
      expect(await truth('SELECT id FROM customers WHERE id = 5')).toEqual([]);
      expect(await truth(`SELECT DISTINCT customer_id, shipping_name FROM orders WHERE id IN (${marks})`, orderKeys)).toEqual([{ customer_id: null, shipping_name: REDACTED }]);
      const again = await c.eraseMany!(targets);
      expect(again.map((n) => n.erased + n.nulled + n.hashed + n.redacted)).toEqual([0, 0, 0, 0, 0]);
      expect(again[1]!.retained).toBe(invoices.length); // kept rows are still there, and still counted as kept
    });

    it.runIf(options.sql)('erases several datasets all or nothing: a failing one rolls back those before it', async () => {
      const addresses = await truth('SELECT * FROM addresses WHERE customer_id = 6');
      const invoices = demoDataset(manifest, 'invoices');
      const keys = (await truth('SELECT id FROM invoices ORDER BY id')).slice(0, 3).map((r) => r.id as number);
      const before = await truth('SELECT * FROM invoices ORDER BY id');
      const redactNumbers = { strategies: { invoice_number: 'redact' as const }, hashSecret: TEST_HASH_SECRET }; // UNIQUE: the second row collides
      const addressesSpec = demoDataset(manifest, 'addresses');
      await rejection(c.eraseMany!([{ dataset: addressesSpec, keys: addresses.map((a) => a.id as number), plan: planErasure(addressesSpec, TEST_HASH_SECRET) }, { dataset: invoices, keys, plan: redactNumbers }]));
      expect(await truth('SELECT * FROM addresses WHERE customer_id = 6')).toEqual(addresses);
      expect(await truth('SELECT * FROM invoices ORDER BY id')).toEqual(before);
    });

    it('rectifies declared fields only', async () => {
      expect(done(await c.rectifyRows(customers, [7], { name: 'Jan Smit-de Wit', phone: null }))).toEqual({ updated: 1 });
      expect(await truth('SELECT name, phone FROM customers WHERE id = 7')).toEqual([{ name: 'Jan Smit-de Wit', phone: null }]);
      expect((await rejection(c.rectifyRows(customers, [7], { created_at: '2020-01-01 00:00:00' }))).code).toBe('undeclared_field');
      expect((await rejection(c.rectifyRows(customers, [7], { id: 99 }))).code).toBe('undeclared_field');
    });

    it('restricts and lifts a restriction idempotently, or says why it cannot', async () => {
      expect(done(await c.restrictRows(customers, [8], true))).toEqual({ updated: 1 });
      expect(done(await c.restrictRows(customers, [8], true))).toEqual({ updated: 0 });
      expect((await truth('SELECT pledge_restricted_at FROM customers WHERE id = 8'))[0]?.pledge_restricted_at).not.toBeNull();
      expect(done(await c.restrictRows(customers, [8], false))).toEqual({ updated: 1 });
      const error = await rejection(c.restrictRows(demoDataset(manifest, 'addresses'), [1], true));
      expect(error.code).toBe('unsupported');
      if (options.sql) expect(error.message).toMatch(/pledge_restricted_at/);
    });
  });
}
