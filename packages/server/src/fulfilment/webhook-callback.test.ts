// Asynchronous webhook answers, end to end over real HTTP both ways: the "mailer" system answers 202 and later POSTs
// its signed result to Pledge's callback route (a listening app); a worker harness runs the request on. The demo shop
// runs on real PostgreSQL and MariaDB, Pledge's own database on PGlite (or PostgreSQL with DATABASE_URL).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { WebhookRequest } from '@pledge/connectors';
import { PLANTED } from '../../../connectors/demo-shop/demo-shop-seed.ts';
import { buildApp } from '../app.ts';
import type { PledgeApp } from '../app-types.ts';
import { loadConfig } from '../config.ts';
import { findRequestById } from '../rights/requests.repository.ts';
import { createPackageDownloads } from './package-downloads.ts';
import { listSteps, type Step } from './steps.repository.ts';
import { startAsyncReceiver, type AsyncReceiver } from './testing/async-webhook-receiver.ts';
import { insertApprovedRequest, recordingMail, WEBHOOK_SECRET } from './testing/fulfilment-fixture.ts';
import { createHarness, type Harness } from './testing/fulfilment-harness.ts';
import { useFulfilmentSuite } from './testing/fulfilment-suite.ts';
import { unzip } from './testing/unzip.ts';

const s = useFulfilmentSuite();
const PACKAGE_KEY = Buffer.alloc(32, 4).toString('base64');
let app: PledgeApp;
let appUrl: string;
let receiver: AsyncReceiver;
let h: Harness;

beforeAll(async () => {
  receiver = await startAsyncReceiver(WEBHOOK_SECRET);
  // The server that takes callbacks knows the system's secret and the package key; the worker runs separately.
  const config = loadConfig({ LOG_LEVEL: 'silent', PLEDGE_DATA_DIR: 'memory://', MAILER_SECRET: WEBHOOK_SECRET, PLEDGE_PACKAGE_KEY: PACKAGE_KEY });
  app = await buildApp({ config, db: s.pledge.db, manifest: s.manifest, fulfilmentMail: recordingMail() });
  appUrl = await app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await app?.close();
  await receiver?.close();
});
beforeEach(() => {
  receiver.received = [];
  receiver.asyncActions = new Set();
  receiver.contacts = [{ id: 1, email: PLANTED.anna, customer_id: 1 }, { id: 2, email: PLANTED.annaNet, customer_id: 2 }];
  h = createHarness(s.pledge.db, s.manifest, { ...s.shop.env, MAILER_URL: receiver.url, PLEDGE_PUBLIC_URL: appUrl, PLEDGE_PACKAGE_KEY: PACKAGE_KEY });
});

const stepOf = async (requestId: string, key: string): Promise<Step> => (await listSteps(s.pledge.db, requestId)).find((x) => x.key === key)!;
const stateOf = async (requestId: string) => (await findRequestById(s.pledge.db, requestId))!.state;
const callbackAudits = async (reference: string) => (await s.pledge.db.selectFrom('audit_log').select('details').where('action', '=', 'fulfilment.callback').where('target', '=', reference).execute()).length;
const jobsOf = async (requestId: string) => (await s.pledge.db.selectFrom('jobs').select('idempotency_key').where('idempotency_key', 'like', `fulfilment:${requestId}:%`).execute()).length;

async function downloadPackage(reference: string): Promise<Record<string, string>> {
  const link = new URL(h.mail.sent.find((m) => m.kind === 'packageReady' && m.reference === reference)!.text);
  const token = new URLSearchParams(link.hash.slice(1)).get('token') ?? link.searchParams.get('token')!;
  const downloads = createPackageDownloads({ db: s.pledge.db, audit: h.deps.audit, mail: h.mail, packageKey: h.deps.config.packageKey });
  await downloads.sendCode(reference, token);
  return unzip(await downloads.download(reference, token, h.mail.sent.filter((m) => m.kind === 'downloadCode').at(-1)!.text));
}

describe('webhook callbacks', () => {
  it('access: two lookups answered 202, then called back; the package holds the rows the callbacks brought', async () => {
    receiver.asyncActions.add('access');
    const request = await insertApprovedRequest(s.pledge.db, { type: 'access', email: PLANTED.anna });
    await h.drain();
    expect(await stateOf(request.id)).toBe('waiting_on_manual_tasks');
    const waiting = receiver.waiting('access');
    expect(waiting.map((r) => r.identities!.field).sort()).toEqual(['customer_id', 'email']); // by e-mail, then by the customer found
    expect(waiting[0]!.callbackUrl).toBe(`${appUrl}/v1/connectors/mailer/callback`);
    expect((await stepOf(request.id, 'collect:mailer.contacts')).result).toMatchObject({ pendingIds: expect.arrayContaining(waiting.map((r) => r.operationId)) });

    const answers = [];
    for (const op of waiting) answers.push(await (await receiver.callBack(op)).json());
    expect(answers).toEqual([{ status: 'waiting' }, { status: 'settled' }]);
    expect((await stepOf(request.id, 'collect:mailer.contacts')).status).toBe('done');
    expect(await stateOf(request.id)).toBe('in_progress');

    await h.drain();
    expect(await stateOf(request.id)).toBe('completed');
    const data = JSON.parse((await downloadPackage(request.reference))['data.json']!) as { datasets: Array<{ dataset: string; rows: unknown[] }> };
    expect(data.datasets.find((d) => d.dataset === 'contacts')!.rows).toEqual([{ id: 1, email: PLANTED.anna, customer_id: 1 }]);
    expect(data.datasets.find((d) => d.dataset === 'customers')!.rows).toHaveLength(1);
    expect(await callbackAudits(request.reference)).toBe(2);
  });

  it('erasure: the vendor erases later and calls back with counts; the parent goes on; a replay changes nothing', async () => {
    receiver.asyncActions.add('erase');
    const request = await insertApprovedRequest(s.pledge.db, { type: 'erasure', email: PLANTED.anna });
    await h.drain();
    expect((await stepOf(request.id, 'erase:mailer.contacts')).status).toBe('waiting_manual');
    // Its keys were known when the vendor took the job, so the parent did not have to wait; the Art. 19 notices and
    // the answer do, until every erasure is done.
    expect((await stepOf(request.id, 'notify:mailer')).status).toBe('pending');
    expect(await stateOf(request.id)).toBe('waiting_on_manual_tasks');

    const [erase] = receiver.waiting('erase');
    const res = await receiver.callBack(erase!);
    expect(await res.json()).toEqual({ status: 'settled' });
    expect(receiver.contacts.map((c) => c.id)).toEqual([2]);
    expect((await stepOf(request.id, 'erase:mailer.contacts')).result).toMatchObject({ erased: 1, retention: [] });

    await h.drain();
    expect(await s.pg('SELECT count(*)::int AS n FROM customers WHERE id = 1')).toEqual([{ n: 0 }]);
    expect(receiver.received.filter((r) => r.action === 'notify')).toHaveLength(1);
    expect(await stateOf(request.id)).toBe('completed');
    expect(h.mail.sent.find((m) => m.kind === 'answer')!.text).toMatch(/mailer\/contacts: 1 record\(s\) changed\n/);

    // The same callback again (inside the five minutes, or re-signed): acknowledged, nothing changes.
    const before = await stepOf(request.id, 'erase:mailer.contacts');
    const jobs = await jobsOf(request.id);
    const replay = await receiver.callBack(erase!, { counts: { erased: 1, nulled: 0, hashed: 0, redacted: 0, retained: 0 } });
    expect([replay.status, await replay.json()]).toEqual([200, { status: 'already_settled' }]);
    expect(await stepOf(request.id, 'erase:mailer.contacts')).toEqual(before);
    expect(await jobsOf(request.id)).toBe(jobs);
    expect(await stateOf(request.id)).toBe('completed');
  });

  it('a lookup answered late during an erasure is recorded, and the erasure left to a person', async () => {
    receiver.asyncActions.add('access');
    const request = await insertApprovedRequest(s.pledge.db, { type: 'erasure', email: PLANTED.anna });
    await h.drain();
    const [lookup] = receiver.waiting('access').filter((r) => r.identities!.field === 'email');
    expect(await (await receiver.callBack(lookup!)).json()).toEqual({ status: 'manual' });
    const step = await stepOf(request.id, 'erase:mailer.contacts');
    expect(step.status).toBe('waiting_manual');
    expect(step.result).toMatchObject({ callbacks: { failed: [{ operationId: lookup!.operationId, reason: expect.stringMatching(/^1 row\(s\) found after the fact; erase them by hand/) }] } });
    expect(receiver.received.filter((r) => r.action === 'erase')).toEqual([]);
    expect(await stateOf(request.id)).toBe('waiting_on_manual_tasks');
  });

  describe('refused callbacks: a clear 4xx and no change', () => {
    let request: Awaited<ReturnType<typeof insertApprovedRequest>>;
    let op: WebhookRequest;
    const unchanged = async () => {
      const step = await stepOf(request.id, 'erase:mailer.contacts');
      expect(step).toMatchObject({ status: 'waiting_manual', lastError: null });
      expect(step.result).not.toHaveProperty('callbacks');
      expect(await callbackAudits(request.reference)).toBe(0);
      expect(await stateOf(request.id)).toBe('waiting_on_manual_tasks');
    };
    const errorOf = async (res: Response) => [res.status, ((await res.json()) as { error: { code: string; details?: unknown } }).error] as const;

    beforeEach(async () => {
      receiver.asyncActions.add('erase');
      request = await insertApprovedRequest(s.pledge.db, { type: 'erasure', email: PLANTED.anna });
      await h.drain();
      op = receiver.waiting('erase')[0]!;
    });

    it('bad signature, stale timestamp, missing header: 401 before the body is read', async () => {
      expect(await errorOf(await receiver.callBack(op, undefined, { secret: 'not-the-mailer-secret-at-all' }))).toEqual([401, expect.objectContaining({ code: 'callback_signature_invalid', details: { reason: 'signature does not match' } })]);
      const stale = await receiver.callBack(op, undefined, { at: new Date(Date.now() - 6 * 60_000) });
      expect(await errorOf(stale)).toEqual([401, expect.objectContaining({ details: { reason: 'timestamp outside the tolerance window (possible replay)' } })]);
      const unsigned = await fetch(op.callbackUrl!, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(await errorOf(unsigned)).toEqual([401, expect.objectContaining({ details: { reason: 'missing Pledge-Signature header' } })]);
      await unchanged();
    });

    it('wrong system, unknown operation, another action: 404 / 409', async () => {
      const counts = { counts: { erased: 1, nulled: 0, hashed: 0, redacted: 0, retained: 0 } };
      expect(await errorOf(await receiver.callBack(op, counts, { url: `${appUrl}/v1/connectors/shop/callback` }))).toEqual([404, expect.objectContaining({ code: 'callback_system_unknown', details: { system: 'shop' } })]);
      const stranger = { ...op, operationId: randomUUID() };
      expect(await errorOf(await receiver.callBack(stranger, counts))).toEqual([404, expect.objectContaining({ code: 'callback_operation_unknown' })]);
      expect(await errorOf(await receiver.callBack({ ...op, requestId: 'R-NOPE0-NOPE0' }, counts))).toEqual([404, expect.objectContaining({ code: 'callback_operation_unknown' })]);
      expect(await errorOf(await receiver.callBack({ ...op, action: 'rectify' }, { updated: 1 }))).toEqual([409, expect.objectContaining({ code: 'callback_action_mismatch' })]);
      await unchanged();
    });

    it('a body that is not JSON, not the protocol, or not the result asked for: 400 naming the field', async () => {
      expect(await errorOf(await receiver.callBack(op, undefined, { body: '{"operationId":' }))).toEqual([400, expect.objectContaining({ code: 'malformed_json' })]);
      expect(await errorOf(await receiver.callBack(op, undefined, { body: JSON.stringify({ requestId: op.requestId, action: 'erase', result: { counts: {} } }) }))).toEqual([
        400,
        expect.objectContaining({ code: 'validation_failed', details: [expect.objectContaining({ path: 'body.operationId' })] }),
      ]);
      expect(await errorOf(await receiver.callBack(op, { updated: 3 }))).toEqual([400, expect.objectContaining({ code: 'callback_result_invalid', details: [expect.objectContaining({ path: 'body.result.counts' })] })]);
      await unchanged();
    });

    it('an error callback keeps the step a task for a person, with the reason', async () => {
      const res = await receiver.callBack(op, { error: 'Contact is on legal hold' });
      expect(await res.json()).toEqual({ status: 'manual' });
      const step = await stepOf(request.id, 'erase:mailer.contacts');
      expect(step).toMatchObject({ status: 'waiting_manual', lastError: 'Contact is on legal hold', result: { task: { reason: 'Contact is on legal hold' } } });
      expect(await stateOf(request.id)).toBe('waiting_on_manual_tasks');
      expect(await (await receiver.callBack(op, { error: 'Contact is on legal hold' })).json()).toEqual({ status: 'already_settled' });
    });
  });

  it('access rows are checked against the dataset the manifest declares', async () => {
    receiver.asyncActions.add('access');
    const request = await insertApprovedRequest(s.pledge.db, { type: 'access', email: PLANTED.anna });
    await h.drain();
    const [op] = receiver.waiting('access');
    const res = await receiver.callBack(op!, { rows: [{ id: 1, email: PLANTED.anna, favourite_colour: 'green' }] });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string; details: unknown } }).error).toMatchObject({ code: 'callback_result_invalid', details: [{ path: 'body.result.rows.0.favourite_colour', rule: 'undeclared_field' }] });
    expect((await stepOf(request.id, 'collect:mailer.contacts'))).toMatchObject({ status: 'waiting_manual', sealed: null });
  });
});
