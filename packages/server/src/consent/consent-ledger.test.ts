import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAuditService } from '../audit/audit.service.ts';
import { createDatabase } from '../db/database.ts';
import { createTestDatabase, type TestDatabase } from '../db/test-database.ts';
import { bearer, createTestApp, type TestApp } from '../testing/test-app.ts';
import { hashConsent } from './consent-chain.ts';
import { verifyConsentChain } from './consent-ledger.ts';
import { listConsents } from './consent.repository.ts';
import { createConsentService } from './consent.service.ts';
import { consentBody, SHOP_ORIGIN, tamperConsents } from './consent-test-support.ts';

let database: TestDatabase;
let t: TestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  t = await createTestApp({ database, env: { PUBLIC_RATE_LIMIT: '100000' } });
});
afterAll(async () => {
  await t.close();
  await database.destroy();
});
beforeEach(() => tamperConsents(t.db, sql`delete from consent_records`));

const post = (app: TestApp['app'], payload: object) => app.inject({ method: 'POST', url: '/v1/consents', headers: { origin: SHOP_ORIGIN }, payload });
const count = async () => Number((await sql<{ n: string }>`select count(*) as n from consent_records`.execute(t.db)).rows[0]!.n);

async function postMany(n: number): Promise<string[]> {
  const responses = await Promise.all(Array.from({ length: n }, () => post(t.app, consentBody())));
  expect(responses.map((r) => r.statusCode)).toEqual(Array(n).fill(201));
  return responses.map((r) => r.json().receipt as string);
}

describe('the consent ledger', () => {
  it('stores each of 500 concurrent POSTs exactly once, in shared commits, as one valid chain', async () => {
    const receipts = await postMany(500);
    expect(new Set(receipts).size).toBe(500);
    const rows = await listConsents(t.db, { after: 0, limit: 1000 });
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));
    expect(rows.map((r) => r.receipt).sort()).toEqual([...receipts].sort());
    // Group commit: a batch shares one transaction and one timestamp, so there are far fewer than 500 of them.
    expect(new Set(rows.map((r) => r.recordedAt)).size).toBeLessThan(250);
    expect(await verifyConsentChain(t.db)).toMatchObject({ ok: true, checked: 500, head: { seq: 500 } });
  });

  it.runIf(Boolean(process.env.DATABASE_URL))('stays one chain with two servers (two connection pools) writing at once', async () => {
    const second = await createDatabase(database.target);
    const other = await createTestApp({ database: { ...database, db: second }, env: { PUBLIC_RATE_LIMIT: '100000' } });
    try {
      const responses = await Promise.all(Array.from({ length: 400 }, (_, i) => post(i % 2 ? t.app : other.app, consentBody())));
      expect(responses.every((r) => r.statusCode === 201)).toBe(true);
    } finally {
      await other.app.close();
      await second.destroy();
    }
    expect(await verifyConsentChain(t.db)).toMatchObject({ ok: true, checked: 400 });
  });

  it('fails every request of a batch that could not commit with 503, and stores none of them', async () => {
    // A real failure inside the batch transaction: the database refuses one of its rows.
    await sql`create function consent_poison() returns trigger language plpgsql as $$ begin raise exception 'disk full'; end $$`.execute(t.db);
    await sql`create trigger consent_poison before insert on consent_records for each row when (new.site = 'poison') execute function consent_poison()`.execute(t.db);
    try {
      const bodies = Array.from({ length: 40 }, (_, i) => consentBody({ site: i === 20 ? 'poison' : 'acme-shop' }));
      const responses = await Promise.all(bodies.map((b) => post(t.app, b)));
      expect(responses[20]!.statusCode).toBe(503);
      expect(responses[20]!.json().error.code).toBe('consent_not_recorded');
      const acknowledged = responses.flatMap((r) => (r.statusCode === 201 ? [r.json().receipt as string] : []));
      expect(responses.every((r) => r.statusCode === 201 || r.statusCode === 503)).toBe(true);
      const stored = (await listConsents(t.db, { after: 0, limit: 100 })).map((r) => r.receipt);
      expect(stored.sort()).toEqual(acknowledged.sort());
      expect(await verifyConsentChain(t.db)).toMatchObject({ ok: true, checked: acknowledged.length });
    } finally {
      await sql`drop trigger consent_poison on consent_records`.execute(t.db);
      await sql`drop function consent_poison()`.execute(t.db);
    }
    expect((await post(t.app, consentBody())).statusCode).toBe(201);
  });

  it('refuses UPDATE, DELETE and TRUNCATE, but lets the personal columns be erased without breaking the chain', async () => {
    const body = consentBody({ accountId: 'customer-7' });
    await post(t.app, body);
    await postMany(3);
    await expect(sql`update consent_records set choices = '{"analytics": false}'::jsonb where seq = 1`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`update consent_records set account_id = 'someone-else' where seq = 1`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from consent_records where seq = 2`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate consent_records`.execute(t.db)).rejects.toThrow(/append-only/);

    const erased = await t.app.inject({ url: `/v1/admin/consents/subjects/${body.subjectId}`, headers: bearer(t.keys.admin) });
    expect(erased.json().records[0]).toMatchObject({ accountId: 'customer-7', ipPrefix: '127.0.0.0/24' });
    const service = createConsentService(t.db, t.manifest, createAuditService(t.db));
    expect(await service.erasePersonalData(body.subjectId, 'system')).toBe(1);
    const [row] = await listConsents(t.db, { after: 0, limit: 1 });
    expect(row).toMatchObject({ accountId: null, ipPrefix: null, uaHash: null, erasedAt: expect.any(String) });
    await expect(sql`update consent_records set erased_at = now() where seq = 1`.execute(t.db)).rejects.toThrow(/append-only/);
    expect(await verifyConsentChain(t.db)).toMatchObject({ ok: true, checked: 4 });
  });

  it('names the record whose choice was edited, and the one after an edit whose hash was recomputed', async () => {
    await postMany(5);
    await tamperConsents(t.db, sql`update consent_records set choices = '{"strictly_necessary": true, "analytics": true, "x": true}'::jsonb where seq = 3`);
    const [third] = await listConsents(t.db, { after: 2, limit: 1 });
    const res = await t.app.inject({ url: '/v1/admin/consents/verify', headers: bearer(t.keys.auditor) });
    expect(res.json()).toMatchObject({ ok: false, checked: 2, firstBroken: { seq: 3, receipt: third!.receipt, reason: expect.stringMatching(/altered/) } });

    await tamperConsents(t.db, sql`update consent_records set hash = ${hashConsent(third!)} where seq = 3`);
    expect(await verifyConsentChain(t.db)).toMatchObject({ ok: false, firstBroken: { seq: 4, reason: expect.stringMatching(/prev_hash/) } });
  });

  it('names a deleted record, and detects the gap closed by renumbering', async () => {
    await postMany(5);
    await tamperConsents(t.db, sql`delete from consent_records where seq = 2`);
    expect(await verifyConsentChain(t.db)).toMatchObject({ ok: false, checked: 1, firstBroken: { seq: 2, receipt: null, reason: expect.stringMatching(/record 2 is missing/) } });
    await tamperConsents(t.db, sql`update consent_records set seq = seq + 100 where seq > 2`);
    await tamperConsents(t.db, sql`update consent_records set seq = seq - 101 where seq > 100`);
    expect(await verifyConsentChain(t.db)).toMatchObject({ ok: false, firstBroken: { seq: 2, reason: expect.stringMatching(/prev_hash/) } });
  });
});
