// An erasure request from the privacy center to the answer mail, against the demo shop on real PostgreSQL and
// MariaDB. Plain SQL before and after shows every row gone, nulled, hashed, redacted or kept as the manifest declares,
// and nobody else's rows touched.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PLANTED } from '../packages/connectors/demo-shop/demo-shop-seed.ts';
import { newContext } from './support/browser.ts';
import { ERASURE_HASH_SECRET, startDemoShopServer } from './support/demo-shop-server.ts';
import { adminQueue, approve, confirmThroughMail, gdprDueDate, openStatusWhen, queueRow, submitRequest } from './support/journey-steps.ts';
import { useServerAndBrowser } from './support/server-and-browser.ts';

const stage = useServerAndBrowser(startDemoShopServer);

type Row = Record<string, unknown>;
type Tables = Record<string, Row[]>;

/** Every row of every demo shop table, by id: the whole of both databases. */
async function snapshot(): Promise<Tables> {
  const tables: Tables = {};
  for (const table of ['customers', 'addresses', 'orders', 'order_items', 'invoices', 'newsletter_subscriptions']) tables[table] = await stage.server.shop.query(`SELECT * FROM ${table} ORDER BY id`);
  for (const table of ['support_tickets', 'web_events']) tables[table] = await stage.server.crm.query(`SELECT * FROM ${table} ORDER BY id`);
  return tables;
}

/**
 * The manifest's declarations (demo-shop.pledge.yaml), applied by hand to the rows before: customer, addresses,
 * tickets and web events deleted; orders unlinked with shipping details redacted; gift messages nulled; invoices kept
 * for tax law with only the e-mail nulled; the newsletter address replaced by its HMAC, the consent dates kept.
 */
function expectedAfterErasure(before: Tables, customerId: number, email: string): Tables {
  const orderIds = new Set(before.orders!.filter((o) => o.customer_id === customerId).map((o) => o.id));
  const hmac = createHmac('sha256', Buffer.from(ERASURE_HASH_SECRET, 'hex')).update(email, 'utf8').digest('hex');
  return {
    customers: before.customers!.filter((c) => c.id !== customerId),
    addresses: before.addresses!.filter((a) => a.customer_id !== customerId),
    orders: before.orders!.map((o) => (orderIds.has(o.id) ? { ...o, customer_id: null, shipping_name: '[redacted]', shipping_address: '[redacted]' } : o)),
    order_items: before.order_items!.map((i) => (orderIds.has(i.order_id) ? { ...i, gift_message: null } : i)),
    invoices: before.invoices!.map((i) => (orderIds.has(i.order_id) ? { ...i, billing_email: null } : i)),
    newsletter_subscriptions: before.newsletter_subscriptions!.map((n) => (n.email === email ? { ...n, email: hmac } : n)),
    support_tickets: before.support_tickets!.filter((t) => t.email !== email && t.customer_id !== customerId),
    web_events: before.web_events!.filter((w) => w.customer_id !== customerId),
  };
}

describe('an erasure request on the demo shop, end to end', () => {
  it('erases in both databases exactly as the manifest declares, and the answer says what was kept and why', async () => {
    const email = PLANTED.obrien; // Seán O'Brien: addresses, orders with gift messages, invoices, newsletter, a ticket, web events
    const before = await snapshot();
    const customerId = before.customers!.find((c) => c.email === email)!.id as number;
    const orderIds = before.orders!.filter((o) => o.customer_id === customerId).map((o) => o.id);
    // The subject has rows in every table, or the test would prove nothing.
    expect(orderIds.length).toBeGreaterThan(0);
    expect(before.invoices!.filter((i) => orderIds.includes(i.order_id)).length).toBeGreaterThan(0);
    expect(before.order_items!.some((i) => orderIds.includes(i.order_id) && i.gift_message !== null)).toBe(true);
    expect(before.newsletter_subscriptions!.some((n) => n.email === email)).toBe(true);
    expect(before.support_tickets!.some((t) => t.customer_id === customerId || t.email === email)).toBe(true);
    expect(before.web_events!.some((w) => w.customer_id === customerId)).toBe(true);

    const receivedAt = new Date();
    const person = await (await newContext(stage.browser, stage.server.origin)).newPage();
    const request = await submitRequest(person, stage.server.origin, 'Delete my data', email);
    await confirmThroughMail(person, stage.server, email);
    const admin = await adminQueue(stage.browser, stage.server);
    const [, type, state, , due] = await queueRow(admin, request.reference);
    expect([type, state]).toEqual([expect.stringContaining('Delete my data'), 'Verified']);
    expect(due).toContain(gdprDueDate(receivedAt));
    await approve(admin, request.reference);

    // The answer mail: per dataset what changed, and for kept rows which fields and the legal basis.
    const answer = await stage.server.smtp.waitFor(email, (m) => (m.subject ?? '').startsWith('Your request is done'), { timeoutMs: 30_000 });
    const text = answer.text ?? '';
    const invoices = before.invoices!.filter((i) => orderIds.includes(i.order_id)).length;
    expect(text).toContain(`kept: invoice_number, billing_name, billing_address in ${invoices} record(s) — Dutch tax law requires us to keep invoices for 7 years (Art. 52 AWR).`);
    expect(text).toContain('kept: subscribed_at, confirmed_at, unsubscribed_at in 1 record(s) — GDPR Art. 7(1): we must be able to show when you gave and withdrew consent.');
    expect(text).toContain('- shop/customers: 1 record(s) changed');

    // Plain SQL: every row as the manifest declares, and every other customer's rows exactly as they were.
    const after = await snapshot();
    const expected = expectedAfterErasure(before, customerId, email);
    for (const table of Object.keys(before)) expect(after[table], table).toEqual(expected[table]);

    await openStatusWhen(person, request.statusUrl, 'Completed');
  });
});
