import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, type TestApp } from '../testing/test-app.ts';
import { subjectKeyOf } from './consent-request-data.ts';
import { consentBody, SHOP_ORIGIN } from './consent-test-support.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { PUBLIC_RATE_LIMIT: '100000', CONSENT_SECRET: 's'.repeat(32) } });
});
afterAll(() => t.close());

const post = (payload: unknown, headers: Record<string, string> = { origin: SHOP_ORIGIN }) =>
  t.app.inject({ method: 'POST', url: '/v1/consents', headers, payload: payload as object });

const rowsOf = (subjectId: string) => t.db.selectFrom('consent_records').selectAll().where('subject_key', '=', subjectKeyOf(subjectId)).execute();

describe('POST /v1/consents', () => {
  it('answers 201 with a receipt once the record is stored, with what the server derived itself', async () => {
    const body = consentBody({ accountId: 'customer-42', method: 'custom', choices: { strictly_necessary: true, analytics: false } });
    const res = await post(body, {
      origin: SHOP_ORIGIN,
      'user-agent': 'Mozilla/5.0 Test',
      'accept-language': 'nl-NL,nl;q=0.9',
      'sec-gpc': '1',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers['access-control-allow-origin']).toBe(SHOP_ORIGIN);
    const { receipt, recordedAt } = res.json();
    const [row] = await rowsOf(body.subjectId);
    expect(row).toMatchObject({
      receipt,
      subject_key: subjectKeyOf(body.subjectId),
      origin: SHOP_ORIGIN,
      actor: 'subject',
      method: 'custom',
      choices: { strictly_necessary: true, analytics: false },
      notice_version: '0',
      language: 'en',
      gpc: false,
      gpc_header: true,
      region: 'NL',
      region_source: 'accept-language',
      test: false,
      account_id: 'customer-42',
      ip_prefix: '127.0.0.0/24',
    });
    expect(row!.recorded_at.toISOString()).toBe(recordedAt);
    expect(row!.ua_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(body.subjectId);
  });

  it('counts Sec-GPC only when it is exactly 1', async () => {
    for (const [value, expected] of [['1', true], ['0', false], ['true', false], [' 1 ', false]] as const) {
      const body = consentBody();
      expect((await post(body, { origin: SHOP_ORIGIN, 'sec-gpc': value })).statusCode).toBe(201);
      expect((await rowsOf(body.subjectId))[0]!.gpc_header, value).toBe(expected);
    }
  });

  it('400 naming the field: unknown category or vendor, bad subject id, wrong types, extra fields, refused necessary', async () => {
    const cases: Array<[unknown, string]> = [
      [consentBody({ choices: { strictly_necessary: true, advertising: true } }), 'body.choices.advertising'],
      [consentBody({ vendors: { youtube: true } }), 'body.vendors.youtube'],
      [consentBody({ choices: { strictly_necessary: false, analytics: false } }), 'body.choices.strictly_necessary'],
      [consentBody({ subjectId: 'not-hex' }), 'body.subjectId'],
      [consentBody({ subjectId: 'A'.repeat(32) }), 'body.subjectId'],
      [{ ...consentBody(), gpc: 'yes' }, 'body.gpc'],
      [{ ...consentBody(), choices: { analytics: 'true' } }, 'body.choices.analytics'],
      [{ ...consentBody(), method: 'nod' }, 'body.method'],
      [{ ...consentBody(), ip: '1.2.3.4' }, 'body.ip'],
      [{ ...consentBody(), consentMode: { ...consentBody().consentMode, wait_for_update: 500 } }, 'body.consentMode.wait_for_update'],
      [consentBody({ language: 'de' }), 'body.language'],
      [consentBody({ textVersion: 'v1' }), 'body.textVersion'],
    ];
    for (const [payload, path] of cases) {
      const res = await post(payload);
      expect(res.statusCode, path).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
      expect(res.json().error.details.map((d: { path: string }) => d.path), res.body).toContain(path);
    }
    expect(await t.db.selectFrom('consent_records').select('seq').where('subject_key', '=', subjectKeyOf('a'.repeat(32))).execute()).toEqual([]);
  });
});

describe('CORS and callers', () => {
  it('answers the preflight of a listed origin, and refuses another with 403 and no CORS header', async () => {
    const preflight = { 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' };
    const ok = await t.app.inject({ method: 'OPTIONS', url: '/v1/consents', headers: { origin: SHOP_ORIGIN, ...preflight } });
    expect(ok.statusCode).toBe(204);
    expect(ok.headers).toMatchObject({
      'access-control-allow-origin': SHOP_ORIGIN,
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'content-type',
    });
    for (const origin of ['https://evil.example', 'https://shop.example.com.evil.example', 'http://shop.example.com', 'null']) {
      const refused = await t.app.inject({ method: 'OPTIONS', url: '/v1/consents', headers: { origin, ...preflight } });
      expect(refused.statusCode, origin).toBe(403);
      expect(refused.json().error.code).toBe('origin_not_allowed');
      expect(Object.keys(refused.headers).filter((h) => h.startsWith('access-control-')), origin).toEqual([]);
    }
  });

  it('refuses a POST from an unlisted origin before reading it, storing nothing', async () => {
    const body = consentBody();
    const res = await post(body, { origin: 'https://evil.example' });
    expect(res.statusCode).toBe(403);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(await rowsOf(body.subjectId)).toEqual([]);
    // Not even a schema error leaks to a refused origin.
    expect((await post({ nonsense: true }, { origin: 'https://evil.example' })).statusCode).toBe(403);
  });

  it('takes a POST without Origin (a server) only with an admin or privacy officer key, recording who', async () => {
    expect((await post(consentBody(), {})).statusCode).toBe(401);
    expect((await post(consentBody(), bearer(t.revokedKey))).statusCode).toBe(401);
    expect((await post(consentBody(), bearer(t.keys.auditor))).statusCode).toBe(403);
    expect((await post(consentBody(), bearer(t.keys.support_agent))).statusCode).toBe(403);
    const body = consentBody();
    expect((await post(body, bearer(t.keys.privacy_officer))).statusCode).toBe(201);
    const [row] = await rowsOf(body.subjectId);
    expect(row).toMatchObject({ origin: null, actor: expect.stringMatching(/^key:/) });
  });

  it('accepts an import only from a server, with a reason', async () => {
    const imported = consentBody({ method: 'import', reason: 'Imported from the previous CMP (export of 2025-12-31)' });
    expect((await post(imported, bearer(t.keys.admin))).statusCode).toBe(201);
    expect((await rowsOf(imported.subjectId))[0]).toMatchObject({ method: 'import', reason: imported.reason });
    for (const [payload, headers, path] of [
      [imported, { origin: SHOP_ORIGIN }, 'body.reason'],
      [consentBody({ method: 'import' }), bearer(t.keys.admin), 'body.reason'],
      [consentBody({ reason: 'why not' }), bearer(t.keys.admin), 'body.method'],
    ] as const) {
      const res = await post(payload, headers);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details[0].path).toBe(path);
    }
  });
});
