// Access requests, end to end on real engines: the demo shop on PostgreSQL + MariaDB, a webhook system, Pledge's own
// database on PGlite (or PostgreSQL with DATABASE_URL). Ground truth is plain SQL against the shop.
import { describe, expect, it } from 'vitest';
import { PLANTED } from '../../../connectors/demo-shop/demo-shop-seed.ts';
import { findRequestById } from '../rights/requests.repository.ts';
import { createPackageDownloads } from './package-downloads.ts';
import { transitionRequest } from './request-transitions.ts';
import { listSteps } from './steps.repository.ts';
import { insertApprovedRequest } from './testing/fulfilment-fixture.ts';
import { useFulfilmentSuite } from './testing/fulfilment-suite.ts';
import { unzip } from './testing/unzip.ts';

const s = useFulfilmentSuite();
const sortById = (rows: Array<Record<string, unknown>>) => [...rows].sort((a, b) => Number(a.id) - Number(b.id));

/** Runs an access request to the end and downloads its package the way the person would. */
async function accessPackage(reference: string): Promise<Record<string, string>> {
  await s.h.drain();
  const link = s.h.mail.sent.find((m) => m.kind === 'packageReady' && m.reference === reference)!.text;
  const token = new URLSearchParams(new URL(link).hash.slice(1)).get('token')!;
  const downloads = createPackageDownloads({ db: s.pledge.db, audit: s.h.deps.audit, mail: s.h.mail, packageKey: s.h.deps.config.packageKey });
  await downloads.sendCode(reference, token);
  const code = s.h.mail.sent.filter((m) => m.kind === 'downloadCode').at(-1)!.text;
  return unzip(await downloads.download(reference, token, code));
}

type PackageData = { datasets: Array<{ system: string; dataset: string; rows: Array<Record<string, unknown>> }> };
const rowsOf = (data: PackageData, dataset: string) => sortById(data.datasets.find((d) => d.dataset === dataset)?.rows ?? []);

describe('access requests, against plain SQL', () => {
  it('exports exactly the rows of a subject found by e-mail, across PostgreSQL, MariaDB and a webhook', async () => {
    const request = await insertApprovedRequest(s.pledge.db, { type: 'access', email: PLANTED.anna });
    const files = await accessPackage(request.reference);
    const data = JSON.parse(files['data.json']!) as PackageData;
    // Ground truth: customer 1 is anna.jansen@example.com.
    expect(rowsOf(data, 'customers')).toEqual(await s.pg('SELECT * FROM customers WHERE email = ?', [PLANTED.anna]));
    expect(rowsOf(data, 'orders').map((r) => r.id)).toEqual((await s.pg('SELECT id FROM orders WHERE customer_id = 1 ORDER BY id')).map((r) => r.id));
    expect(rowsOf(data, 'invoices').map((r) => r.id)).toEqual((await s.pg('SELECT i.id FROM invoices i JOIN orders o ON o.id = i.order_id WHERE o.customer_id = 1 ORDER BY i.id')).map((r) => r.id));
    expect(rowsOf(data, 'support-tickets').map((r) => r.id)).toEqual((await s.my('SELECT id FROM support_tickets WHERE BINARY email = ? OR customer_id = 1 ORDER BY id', [PLANTED.anna])).map((r) => r.id));
    expect(rowsOf(data, 'web-events').map((r) => r.id)).toEqual((await s.my('SELECT id FROM web_events WHERE customer_id = 1 ORDER BY id')).map((r) => r.id));
    expect(rowsOf(data, 'contacts')).toEqual([{ id: 1, email: PLANTED.anna, customer_id: 1 }]);
    expect(files['shop.customers.csv']!.split('\r\n')[0]).toBe('id,email,name,phone,created_at,last_login,pledge_restricted_at');
    expect(files['summary.html']).toContain('Handling your orders');
    expect(files['summary.html']).toContain('Hetzner Online GmbH');
    expect((await findRequestById(s.pledge.db, request.id))!.state).toBe('completed');
    expect((await listSteps(s.pledge.db, request.id)).every((s) => s.status === 'done' && s.sealed === null)).toBe(true);
  });

  it('keeps the look-alike apart: same name, other address', async () => {
    const request = await insertApprovedRequest(s.pledge.db, { type: 'access', email: PLANTED.annaNet, language: 'nl' });
    const files = await accessPackage(request.reference);
    const data = JSON.parse(files['data.json']!) as PackageData;
    expect(rowsOf(data, 'customers')).toEqual(await s.pg('SELECT * FROM customers WHERE email = ?', [PLANTED.annaNet]));
    expect(files['data.json']).not.toContain(PLANTED.anna);
    expect(files['summary.html']).toContain('Je bestellingen afhandelen');
  });

  it('finds a visitor known only by a cookie id', async () => {
    const request = await insertApprovedRequest(s.pledge.db, { type: 'access', email: 'visitor@example.net', state: 'verified' });
    await s.h.service.attachIdentity(request.reference, { type: 'cookie_id', value: PLANTED.cookieOnly }, 'key:test');
    await transitionRequest(s.pledge.db, s.h.deps.audit, s.manifest, request.id, 'in_progress', 'approved');
    const data = JSON.parse((await accessPackage(request.reference))['data.json']!) as PackageData;
    const truth = await s.my('SELECT * FROM web_events WHERE BINARY cookie_id = ? ORDER BY id', [PLANTED.cookieOnly]);
    expect(truth.length).toBeGreaterThan(0);
    expect(rowsOf(data, 'web-events').map((r) => r.id)).toEqual(truth.map((r) => r.id));
    expect(data.datasets.filter((d) => d.dataset !== 'web-events').every((d) => d.rows.length === 0)).toBe(true);
  });
});

