// Erasure, rectification and restriction requests, end to end on real engines: the demo shop on PostgreSQL + MariaDB, a webhook system, Pledge's own
// database on PGlite (or PostgreSQL with DATABASE_URL). Ground truth is plain SQL against the shop.
import { describe, expect, it } from 'vitest';
import { hashValue, REDACTED } from '@pledge/connectors';
import { PLANTED } from '../../../connectors/demo-shop/demo-shop-seed.ts';
import { findRequestById } from '../rights/requests.repository.ts';
import { listNotifications, listSteps } from './steps.repository.ts';
import { HASH_SECRET, insertApprovedRequest } from './testing/fulfilment-fixture.ts';
import { useFulfilmentSuite } from './testing/fulfilment-suite.ts';

const s = useFulfilmentSuite();

describe('erasure requests', () => {
  it('erases children first, keeps what tax law requires and says why, tells every recipient once', async () => {
    const others = { customers: await s.pg('SELECT * FROM customers WHERE id <> 1 ORDER BY id'), tickets: await s.my('SELECT * FROM support_tickets WHERE customer_id <> 1 AND BINARY email <> ? ORDER BY id', [PLANTED.anna]) };
    const invoices = await s.pg('SELECT i.* FROM invoices i JOIN orders o ON o.id = i.order_id WHERE o.customer_id = 1 ORDER BY i.id');
    const orderIds = (await s.pg('SELECT id FROM orders WHERE customer_id = 1')).map((r) => r.id);
    const request = await insertApprovedRequest(s.pledge.db, { type: 'erasure', email: PLANTED.anna });
    await s.h.drain();

    expect(await s.pg('SELECT * FROM customers WHERE id = 1 OR email = ?', [PLANTED.anna])).toEqual([]);
    expect(await s.pg('SELECT * FROM addresses WHERE customer_id = 1')).toEqual([]);
    expect(await s.pg('SELECT DISTINCT customer_id, shipping_name, shipping_address FROM orders WHERE id = ANY(?)', [orderIds])).toEqual([{ customer_id: null, shipping_name: REDACTED, shipping_address: REDACTED }]);
    expect(await s.pg('SELECT * FROM invoices WHERE order_id = ANY(?) ORDER BY id', [orderIds])).toEqual(invoices.map((i) => ({ ...i, billing_email: null })));
    expect(await s.pg('SELECT email FROM newsletter_subscriptions WHERE email IN (?, ?)', [PLANTED.anna, hashValue(HASH_SECRET, PLANTED.anna)])).toEqual([{ email: hashValue(HASH_SECRET, PLANTED.anna) }]);
    expect(await s.my('SELECT * FROM support_tickets WHERE customer_id = 1 OR BINARY email = ?', [PLANTED.anna])).toEqual([]);
    expect(await s.my('SELECT * FROM web_events WHERE customer_id = 1')).toEqual([]);
    expect(s.stub.contacts.map((c) => c.id)).toEqual([2, 3]);
    expect(await s.pg('SELECT * FROM customers WHERE id <> 1 ORDER BY id')).toEqual(others.customers);
    expect(await s.my('SELECT * FROM support_tickets WHERE customer_id <> 1 AND BINARY email <> ? ORDER BY id', [PLANTED.anna])).toEqual(others.tickets);

    const steps = await listSteps(s.pledge.db, request.id);
    expect(steps.every((s) => s.status === 'done' && s.attempts <= 1)).toBe(true);
    const keys = steps.map((s) => s.key);
    expect(keys.indexOf('erase:shop.order-items')).toBeLessThan(keys.indexOf('erase:shop.orders'));
    expect(keys.indexOf('erase:mailer.contacts')).toBeLessThan(keys.indexOf('erase:shop.customers'));
    expect(steps.find((s) => s.key === 'erase:shop.invoices')!.result).toMatchObject({ retained: invoices.length, retention: [{ rule: 'tax', legalBasis: expect.stringMatching(/7 years/) }] });
    expect((await listNotifications(s.pledge.db, request.id)).map((n) => [n.recipient, n.channel])).toEqual([['hosting', 'recorded'], ['mailer', 'webhook']]);
    expect(s.stub.received.filter((r) => r.action === 'notify')).toHaveLength(1);
    expect(s.h.mail.sent.find((m) => m.kind === 'answer')!.text).toMatch(/kept: invoice_number, billing_name, billing_address .*Dutch tax law/);
    expect((await findRequestById(s.pledge.db, request.id))!.state).toBe('completed');
  });

  it('retries a failing connector with backoff, then leaves a manual task while the rest completes', async () => {
    s.stub.failWith = 503;
    const request = await insertApprovedRequest(s.pledge.db, { type: 'erasure', email: PLANTED.anna });
    await s.h.drain();
    const steps = await listSteps(s.pledge.db, request.id);
    const byKey = Object.fromEntries(steps.map((s) => [s.key, s]));
    expect(byKey['erase:mailer.contacts']).toMatchObject({ status: 'waiting_manual', lastError: expect.stringMatching(/HTTP 503/) });
    expect(byKey['erase:shop.addresses']!.status).toBe('done');
    expect(byKey['erase:crm.web-events']!.status).toBe('done');
    expect(byKey['erase:shop.customers']!.status).toBe('pending'); // waits for its child: its rows are how the child is found
    expect(s.stub.received.filter((r) => r.action === 'access').length).toBe(3); // three attempts, with backoff between
    expect(await s.pg('SELECT count(*)::int AS n FROM addresses WHERE customer_id = 1')).toEqual([{ n: 0 }]);
    expect((await findRequestById(s.pledge.db, request.id))!.state).toBe('waiting_on_manual_tasks');

    s.stub.failWith = null;
    s.stub.contacts = s.stub.contacts.filter((c) => c.id !== 1); // the person erased it by hand
    await s.h.service.resolveTask(request.reference, 'erase:mailer.contacts', 'key:officer', 'deleted in the mailer by hand');
    await s.h.drain();
    expect(await s.pg('SELECT * FROM customers WHERE id = 1')).toEqual([]);
    expect((await listSteps(s.pledge.db, request.id)).every((s) => s.status === 'done')).toBe(true);
    expect((await findRequestById(s.pledge.db, request.id))!.state).toBe('completed');
  });

  it('a crash after a system erased, before Pledge recorded it: the resumed run repeats that batch by its sealed keys and still reports what was kept', async () => {
    const invoices = await s.pg('SELECT i.id FROM invoices i JOIN orders o ON o.id = i.order_id WHERE o.customer_id = 1 ORDER BY i.id');
    const request = await insertApprovedRequest(s.pledge.db, { type: 'erasure', email: PLANTED.anna });
    // The commit after the shop's transaction fails once, as if the worker died right after the shop had committed.
    const audit = s.h.deps.audit;
    const record = audit.record.bind(audit);
    let crashed = false;
    audit.record = async (draft, tx) => {
      const steps = (draft.details as { steps?: Array<{ step: string }> } | undefined)?.steps ?? [];
      if (!crashed && steps.some((x) => x.step === 'erase:shop.orders')) {
        crashed = true;
        throw new Error('the worker died before recording the shop erasure');
      }
      return record(draft, tx);
    };
    await s.h.drain();
    expect(crashed).toBe(true);

    // The orders were unlinked before the crash, so no lookup finds them or their invoices again: the sealed keys did.
    expect(await s.pg('SELECT count(*)::int AS n FROM orders WHERE customer_id = 1')).toEqual([{ n: 0 }]);
    expect(await s.pg('SELECT * FROM customers WHERE id = 1')).toEqual([]);
    const steps = await listSteps(s.pledge.db, request.id);
    const byKey = Object.fromEntries(steps.map((x) => [x.key, x]));
    expect(steps.every((x) => x.status === 'done' && x.sealed === null)).toBe(true);
    expect(byKey['erase:shop.invoices']!.result).toMatchObject({ retained: invoices.length, retention: [{ rule: 'tax', legalBasis: expect.stringMatching(/7 years/) }] });
    expect(byKey['erase:shop.orders']!.attempts).toBe(2);
    expect(steps.filter((x) => x.attempts > 1).every((x) => x.key.startsWith('erase:shop.'))).toBe(true);
    expect(s.h.mail.sent.filter((m) => m.kind === 'answer')).toHaveLength(1);
    expect(s.h.mail.sent.find((m) => m.kind === 'answer')!.text).toMatch(/kept: invoice_number, billing_name, billing_address .*Dutch tax law/);
    // Each step is settled in the audit log exactly once, and the chain holds.
    const entries = (await audit.list({ after: 0, limit: 1000 })).filter((e) => e.target === request.reference && e.action === 'fulfilment.steps_settled');
    const settled = entries.flatMap((e) => (e.details as { steps: Array<{ step: string }> }).steps.map((x) => x.step));
    expect(settled.sort()).toEqual(steps.map((x) => x.key).sort());
    expect(await audit.verify()).toMatchObject({ ok: true });
  });

  it('rectifies the declared fields and tells the recipients', async () => {
    const request = await insertApprovedRequest(s.pledge.db, { type: 'rectification', email: PLANTED.anna, corrections: [{ field: 'shop.customers.name', value: 'Anna Jansen-de Vries' }] });
    await s.h.drain();
    expect(await s.pg('SELECT name FROM customers WHERE id = 1')).toEqual([{ name: 'Anna Jansen-de Vries' }]);
    expect(await s.pg('SELECT count(*)::int AS n FROM customers WHERE name = ?', ['Anna Jansen-de Vries'])).toEqual([{ n: 1 }]);
    expect((await listNotifications(s.pledge.db, request.id)).map((n) => n.event)).toEqual(['rectification', 'rectification']);
    expect((await findRequestById(s.pledge.db, request.id))!.state).toBe('completed');
  });

  it('restricts where the table can hold the flag, and leaves a task where it cannot (Art. 18)', async () => {
    const request = await insertApprovedRequest(s.pledge.db, { type: 'restriction', email: PLANTED.anna });
    await s.h.drain();
    expect((await s.pg('SELECT pledge_restricted_at FROM customers WHERE id = 1'))[0]!.pledge_restricted_at).not.toBeNull();
    expect(await s.pg('SELECT count(*)::int AS n FROM customers WHERE pledge_restricted_at IS NOT NULL')).toEqual([{ n: 1 }]);
    const byKey = Object.fromEntries((await listSteps(s.pledge.db, request.id)).map((s) => [s.key, s]));
    expect(byKey['restrict:shop.customers']!.status).toBe('done');
    expect(byKey['restrict:shop.addresses']).toMatchObject({ status: 'waiting_manual', lastError: expect.stringMatching(/pledge_restricted_at/) });
    expect((await findRequestById(s.pledge.db, request.id))!.state).toBe('waiting_on_manual_tasks');
  });
});
