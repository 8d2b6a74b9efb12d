// The kill test: a worker process is SIGKILLed in the middle of an erasure; a new one finishes it exactly once.
// Pledge's database is a fresh schema on the local PostgreSQL (two processes must share it); the demo shop is on
// PostgreSQL + MariaDB, and a slow webhook system holds the erasure open long enough to kill the worker mid-way.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { main } from '../main.ts';
import { createAuditService, createDatabase, migrateToLatest, type Db } from '@pledge/server';
import { PLANTED } from '../../../connectors/demo-shop/demo-shop-seed.ts';
import { createShop, HASH_SECRET, insertApprovedRequest, manifestYaml, WEBHOOK_SECRET, type Shop } from '../../../server/src/fulfilment/testing/fulfilment-fixture.ts';
import { startWebhookStub, type WebhookStub } from '../../../server/src/fulfilment/testing/webhook-stub.ts';
import { listSteps } from '../../../server/src/fulfilment/steps.repository.ts';
import { findRequestById } from '../../../server/src/rights/requests.repository.ts';

const PG_URL = process.env.PLEDGE_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const BIN = new URL('../../bin/pledge.js', import.meta.url).pathname;
const schema = `pledge_kill_${randomBytes(5).toString('hex')}`;
let db: Db;
let shop: Shop;
let stub: WebhookStub;
let manifestFile: string;

const admin = async (statement: string) => {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(statement);
  await client.end();
};

beforeAll(async () => {
  await admin(`create schema ${schema}`);
  db = await createDatabase({ databaseUrl: PG_URL, dataDir: 'memory://', schema });
  await migrateToLatest(db);
  stub = await startWebhookStub(WEBHOOK_SECRET, [{ id: 1, email: PLANTED.anna, customer_id: 1 }, { id: 2, email: PLANTED.annaNet, customer_id: 2 }]);
  shop = await createShop(stub.url);
  manifestFile = join(mkdtempSync(join(tmpdir(), 'pledge-kill-')), 'pledge.yaml');
  writeFileSync(manifestFile, manifestYaml());
});
afterAll(async () => {
  await db?.destroy();
  await shop?.close();
  await stub?.close();
  await admin(`drop schema if exists ${schema} cascade`);
});

function startWorker(): ChildProcess {
  const url = new URL(PG_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return spawn(process.execPath, [BIN, 'worker'], {
    env: { ...process.env, ...shop.env, DATABASE_URL: url.toString(), PLEDGE_MANIFEST: manifestFile, PLEDGE_ERASURE_HASH_SECRET: HASH_SECRET, PLEDGE_JOB_LEASE_SECONDS: '2', PLEDGE_JOB_BACKOFF_MS: '200', LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function waitFor<T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false, ms = 60_000): Promise<T> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    const value = await check();
    if (value) return value;
  }
  throw new Error(`timed out waiting for ${what}`);
}

it('finishes an erasure exactly once after its worker is SIGKILLed mid-way', async () => {
  const request = await insertApprovedRequest(db, { type: 'erasure', email: PLANTED.anna });
  stub.eraseDelayMs = 8_000;
  const first = startWorker();
  await waitFor('the slow erase call', () => stub.received.some((r) => r.action === 'erase'));
  const midway = await listSteps(db, request.id);
  first.kill('SIGKILL');
  await new Promise((r) => first.once('exit', r));
  expect(midway.find((s) => s.key === 'erase:mailer.contacts')!.status).toBe('running');
  expect(midway.filter((s) => s.status === 'done').length).toBeGreaterThan(0);
  expect(midway.find((s) => s.key === 'erase:shop.customers')!.status).toBe('pending');
  expect(await pg_(`SELECT count(*)::int AS n FROM customers WHERE id = 1`)).toBe(1);

  const second = startWorker();
  await waitFor('the request to complete', async () => (await findRequestById(db, request.id))?.state === 'completed');
  second.kill('SIGTERM');
  expect(await new Promise((r) => second.once('exit', r))).toBe(0);

  expect(await pg_(`SELECT count(*)::int AS n FROM customers WHERE id = 1 OR email = '${PLANTED.anna}'`)).toBe(0);
  expect(await pg_(`SELECT count(*)::int AS n FROM addresses WHERE customer_id = 1`)).toBe(0);
  expect(Number((await shop.crm.query('SELECT count(*) AS n FROM web_events WHERE customer_id = 1'))[0]!.n)).toBe(0);
  expect(stub.contacts.map((c) => c.id)).toEqual([2]);
  expect(stub.received.filter((r) => r.action === 'notify')).toHaveLength(1);
  const steps = await listSteps(db, request.id);
  expect(steps.every((s) => s.status === 'done')).toBe(true);
  // Only the step in flight at the kill may have run twice (if its rows were still there); every other step ran once.
  expect(steps.filter((s) => s.attempts > 1 && s.key !== 'erase:mailer.contacts')).toEqual([]);
  expect(steps.find((s) => s.key === 'erase:mailer.contacts')!.attempts).toBeLessThanOrEqual(2);
  const audit = (await createAuditService(db).list({ after: 0, limit: 500 })).filter((e) => e.target === request.reference || e.target === `rights_request:${request.id}`);
  // One audit entry per commit lists the steps it settled; together they name each step exactly once.
  const settled = audit.filter((e) => e.action === 'fulfilment.steps_settled').flatMap((e) => (e.details as { steps: Array<{ step: string; status: string }> }).steps);
  const doneKeys = settled.filter((s) => s.status === 'done').map((s) => s.step);
  expect(doneKeys.sort()).toEqual(steps.map((s) => s.key).sort());
  expect(audit.filter((e) => e.action === 'rights_request.completed')).toHaveLength(1);
  expect((await sql<{ n: number }>`select count(*)::int as n from fulfilment_notifications where request_id = ${request.id}`.execute(db)).rows[0]!.n).toBe(2);
}, 120_000);

const pg_ = async (query: string) => Number((await shop.shop.query(query))[0]!.n);

it('refuses to start without a manifest (exit 2), saying what to set', async () => {
  vi.stubEnv('PLEDGE_MANIFEST', '');
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    expect(await main(['worker'])).toBe(2);
    expect(String(err.mock.calls[0]?.[0])).toMatch(/PLEDGE_MANIFEST/);
  } finally {
    err.mockRestore();
    vi.unstubAllEnvs();
  }
});
