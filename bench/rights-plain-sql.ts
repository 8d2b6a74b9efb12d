// The rights benchmark's baseline: the plain SQL that fetches every row of one demo-shop customer, and the plain SQL
// that erases them the way the demo manifest says (delete, null, hash, redact; invoices kept for tax).
import type pg from 'pg';

/** One access and one erasure, in ms, and how many rows the access found. */
export interface PairTimes {
  access: number;
  erase: number;
  rows: number;
}

export async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

type Rows = Array<Array<Record<string, unknown>>>;

/** Every row of the customer, table by table; one connection runs one query at a time anyway. */
export async function plainAccess(client: pg.Client, id: number): Promise<{ rows: Rows; count: number }> {
  const email = `c${id}@example.org`;
  const orderIds = (await client.query('SELECT id FROM orders WHERE customer_id = $1', [id])).rows.map((r) => r.id as number);
  const queries: Array<[string, unknown[]]> = [
    ['SELECT * FROM customers WHERE email = $1', [email]],
    ['SELECT * FROM addresses WHERE customer_id = $1', [id]],
    ['SELECT * FROM orders WHERE customer_id = $1', [id]],
    ['SELECT * FROM order_items WHERE order_id = ANY($1)', [orderIds]],
    ['SELECT * FROM invoices WHERE order_id = ANY($1)', [orderIds]],
    ['SELECT * FROM newsletter_subscriptions WHERE email = $1', [email]],
    ['SELECT * FROM support_tickets WHERE email = $1 OR customer_id = $2', [email, id]],
    ['SELECT * FROM web_events WHERE customer_id = $1', [id]],
  ];
  const rows: Rows = [];
  for (const [text, values] of queries) rows.push((await client.query(text, values)).rows);
  return { rows, count: rows.reduce((n, table) => n + table.length, 0) };
}

/** One transaction, children first. */
export async function plainErasure(client: pg.Client, id: number): Promise<void> {
  const email = `c${id}@example.org`;
  await client.query('BEGIN');
  await client.query('DELETE FROM web_events WHERE customer_id = $1', [id]);
  await client.query('DELETE FROM support_tickets WHERE email = $1 OR customer_id = $2', [email, id]);
  await client.query('UPDATE newsletter_subscriptions SET email = md5(email) WHERE email = $1', [email]);
  await client.query('UPDATE order_items SET gift_message = NULL WHERE order_id IN (SELECT id FROM orders WHERE customer_id = $1) AND gift_message IS NOT NULL', [id]);
  await client.query('UPDATE invoices SET billing_email = NULL WHERE order_id IN (SELECT id FROM orders WHERE customer_id = $1)', [id]);
  await client.query(`UPDATE orders SET customer_id = NULL, shipping_name = '[redacted]', shipping_address = '[redacted]' WHERE customer_id = $1`, [id]);
  await client.query('DELETE FROM addresses WHERE customer_id = $1', [id]);
  await client.query('DELETE FROM customers WHERE id = $1', [id]);
  await client.query('COMMIT');
}

/** The plain SQL for the same work: fetch every row of the subject, then erase them. */
export async function plainPair(client: pg.Client, id: number): Promise<PairTimes> {
  const [access, { count }] = await timed(() => plainAccess(client, id));
  const [erase] = await timed(() => plainErasure(client, id));
  return { access, erase, rows: count };
}
