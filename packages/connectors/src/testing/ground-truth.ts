// Test-only: what a rights request must find, written as plain SQL against the demo shop.
import type { Row } from '../connector.ts';
import { toJsonRow } from '../json-values.ts';
import type { TestDatabase } from './test-databases.ts';

export interface ShopDatabases {
  /** Where the "shop" and "crm" tables live (the same database when one engine holds both). */
  shop: TestDatabase;
  crm: TestDatabase;
  /** An exact, case-sensitive comparison: MySQL's default collation ignores case and trailing spaces. */
  exact(column: string, engine: 'shop' | 'crm'): string;
}

export type Truth = Record<string, Row[]>;

const byId = (rows: Row[]) => [...rows].sort((a, b) => Number(a.id) - Number(b.id));
const marks = (values: unknown[]) => (values.length === 0 ? 'NULL' : values.map(() => '?').join(', '));

async function rows(db: TestDatabase, sql: string, params: unknown[] = []): Promise<Row[]> {
  return byId((await db.query(sql, params)).map(toJsonRow));
}

/** The rows a request for this subject must return, per dataset id. `customerIds` is the customers found by identity. */
export async function expectedRows(dbs: ShopDatabases, customerIds: number[], extra: { email?: string; cookie?: string }): Promise<Truth> {
  const ids = customerIds.length === 0 ? [-1] : customerIds;
  const email = extra.email ?? 'nobody@invalid';
  const cookie = extra.cookie ?? 'ck-none';
  const orders = await rows(dbs.shop, `SELECT * FROM orders WHERE customer_id IN (${marks(ids)})`, ids);
  const orderIds = orders.length === 0 ? [-1] : orders.map((o) => o.id);
  return {
    customers: await rows(dbs.shop, `SELECT * FROM customers WHERE id IN (${marks(ids)})`, ids),
    addresses: await rows(dbs.shop, `SELECT * FROM addresses WHERE customer_id IN (${marks(ids)})`, ids),
    orders,
    'order-items': await rows(dbs.shop, `SELECT * FROM order_items WHERE order_id IN (${marks(orderIds)})`, orderIds),
    invoices: await rows(dbs.shop, `SELECT * FROM invoices WHERE order_id IN (${marks(orderIds)})`, orderIds),
    newsletter: await rows(dbs.shop, `SELECT * FROM newsletter_subscriptions WHERE ${dbs.exact('email', 'shop')} = ?`, [email]),
    'support-tickets': await rows(dbs.crm, `SELECT * FROM support_tickets WHERE ${dbs.exact('email', 'crm')} = ? OR customer_id IN (${marks(ids)})`, [email, ...ids]),
    'web-events': await rows(dbs.crm, `SELECT * FROM web_events WHERE ${dbs.exact('cookie_id', 'crm')} = ? OR customer_id IN (${marks(ids)})`, [cookie, ...ids]),
  };
}

export const TABLE_OF: Record<string, { table: string; system: 'shop' | 'crm' }> = {
  customers: { table: 'customers', system: 'shop' },
  addresses: { table: 'addresses', system: 'shop' },
  orders: { table: 'orders', system: 'shop' },
  'order-items': { table: 'order_items', system: 'shop' },
  invoices: { table: 'invoices', system: 'shop' },
  newsletter: { table: 'newsletter_subscriptions', system: 'shop' },
  'support-tickets': { table: 'support_tickets', system: 'crm' },
  'web-events': { table: 'web_events', system: 'crm' },
};

/** Every row of every table except the subject's: erasure must leave these exactly as they were. */
export async function othersSnapshot(dbs: ShopDatabases, subject: Truth): Promise<Truth> {
  const snapshot: Truth = {};
  for (const [dataset, { table, system }] of Object.entries(TABLE_OF)) {
    const mine = new Set((subject[dataset] ?? []).map((r) => String(r.id)));
    snapshot[dataset] = (await rows(dbs[system], `SELECT * FROM ${table}`)).filter((r) => !mine.has(String(r.id)));
  }
  return snapshot;
}

export async function rowsById(dbs: ShopDatabases, dataset: string, ids: unknown[]): Promise<Row[]> {
  const { table, system } = TABLE_OF[dataset]!;
  const list = ids.length === 0 ? [-1] : ids;
  return rows(dbs[system], `SELECT * FROM ${table} WHERE id IN (${marks(list)})`, list);
}
