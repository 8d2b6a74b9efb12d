import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, type TestApp } from '../testing/test-app.ts';
import { subjectKeyOf } from './consent-request-data.ts';
import { consentBody, newSubjectId, SHOP_ORIGIN } from './consent-test-support.ts';

let t: TestApp;
const subject = newSubjectId();
beforeAll(async () => {
  t = await createTestApp({ env: { PUBLIC_RATE_LIMIT: '100000' } });
  const bodies = [
    consentBody({ subjectId: subject, accountId: 'customer-9', method: 'accept_all' }),
    consentBody({ method: 'reject_all', choices: { strictly_necessary: true, analytics: false } }),
    consentBody({ subjectId: subject, method: 'custom', choices: { strictly_necessary: true, analytics: false } }),
    consentBody({ test: true }),
  ];
  for (const payload of bodies) {
    const res = await t.app.inject({ method: 'POST', url: '/v1/consents', headers: { origin: SHOP_ORIGIN, 'user-agent': 'UA' }, payload });
    expect(res.statusCode).toBe(201);
  }
});
afterAll(() => t.close());

const auditActions = async () => (await sql<{ action: string; target: string | null }>`select action, target from audit_log where action like 'consent.%' order by seq`.execute(t.db)).rows;

describe('consent admin API', () => {
  it("shows one subject's history with its personal columns, and audits the read", async () => {
    const res = await t.app.inject({ url: `/v1/admin/consents/subjects/${subject}`, headers: bearer(t.keys.support_agent) });
    expect(res.statusCode).toBe(200);
    const { subjectKey, records } = res.json();
    expect(subjectKey).toBe(subjectKeyOf(subject));
    expect(records.map((r: { method: string }) => r.method)).toEqual(['accept_all', 'custom']);
    expect(records[0]).toMatchObject({ accountId: 'customer-9', ipPrefix: '127.0.0.0/24', uaHash: expect.stringMatching(/^[0-9a-f]{64}$/), erasedAt: null });
    expect(await auditActions()).toContainEqual({ action: 'consent.subject_read', target: `consent_subject:${subjectKeyOf(subject)}` });
  });

  it('exports a proof as JSON and as printable HTML, each record with its hashes and the verification', async () => {
    const json = await t.app.inject({ url: `/v1/admin/consents/subjects/${subject}/proof`, headers: bearer(t.keys.auditor) });
    expect(json.statusCode).toBe(200);
    const proof = json.json();
    expect(proof.records).toHaveLength(2);
    expect(proof.records[0]).toMatchObject({ seq: 1, hashValid: true, erased: false, prevHash: '0'.repeat(64) });
    expect(proof.records[0].accountId).toBeUndefined();
    expect(proof.chain).toMatchObject({ ok: true, checked: 4 });

    const html = await t.app.inject({ url: `/v1/admin/consents/subjects/${subject}/proof?format=html`, headers: bearer(t.keys.auditor) });
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.headers['content-security-policy']).toContain("default-src 'none'");
    expect(html.body).toContain(proof.records[1].receipt);
    expect(html.body).toContain('The whole ledger verified: 4 records');
    expect(html.body).not.toContain('customer-9');
    expect((await auditActions()).filter((a) => a.action === 'consent.proof_exported')).toHaveLength(2);
  });

  it('aggregates opt-in rates per category and day, leaving test-mode records out', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const res = await t.app.inject({ url: `/v1/admin/consents/stats?from=${today}&to=${today}`, headers: bearer(t.keys.privacy_officer) });
    expect(res.statusCode).toBe(200);
    expect(res.json().rates).toEqual([
      { day: today, category: 'analytics', records: 3, granted: 1, rate: 1 / 3 },
      { day: today, category: 'strictly_necessary', records: 3, granted: 3, rate: 1 },
    ]);
    const bad = await t.app.inject({ url: '/v1/admin/consents/stats?from=2026-02-01&to=2026-01-01', headers: bearer(t.keys.admin) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('query.from');
  });

  it('exports the ledger as NDJSON without personal columns, audited', async () => {
    const res = await t.app.inject({ url: '/v1/admin/consents/export', headers: bearer(t.keys.auditor) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines = res.body.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.seq)).toEqual([1, 2, 3, 4]);
    for (const line of lines) {
      for (const personal of ['accountId', 'ipPrefix', 'uaHash', 'erasedAt']) expect(line).not.toHaveProperty(personal);
      expect(line).toMatchObject({ hash: expect.stringMatching(/^[0-9a-f]{64}$/), prevHash: expect.any(String) });
    }
    expect(res.body).not.toContain('customer-9');
    expect(await auditActions()).toContainEqual({ action: 'consent.exported', target: null });
  });
});
