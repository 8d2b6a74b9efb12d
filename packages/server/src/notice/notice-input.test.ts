import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
let admin: { authorization: string };
beforeAll(async () => {
  t = await createTestApp();
  admin = bearer(t.keys.admin);
  const published = await t.app.inject({ method: 'POST', url: '/v1/admin/notice/publish', headers: admin, payload: {} });
  expect(published.statusCode).toBe(201);
});
afterAll(() => t.close());

describe('bad input to the notice routes', () => {
  it('400 naming the field for every malformed query, path parameter and body', async () => {
    const cases: Array<[method: 'GET' | 'POST', url: string, field: string, payload?: object]> = [
      ['GET', '/notice?lang=fr', 'query.lang'],
      ['GET', '/notice?format=pdf', 'query.format'],
      ['GET', '/notice/versions?lang=EN', 'query.lang'],
      ['GET', '/notice/versions/abc', 'params.number'],
      ['GET', '/notice/versions/0', 'params.number'],
      ['GET', '/notice/versions/1.5', 'params.number'],
      ['GET', '/notice/versions/1?format=docx', 'query.format'],
      ['GET', '/notice/versions/1?lang=xx', 'query.lang'],
      ['GET', '/notice/diff?to=1', 'query.from'],
      ['GET', '/notice/diff?from=1', 'query.to'],
      ['GET', '/notice/diff?from=1&to=two', 'query.to'],
      ['GET', '/notice/diff?from=1&to=1&lang=fr', 'query.lang'],
      ['GET', '/notice/subprocessors?format=csv', 'query.format'],
      ['GET', '/notice/subprocessors?lang=es', 'query.lang'],
      ['GET', '/notice/records?role=joint', 'query.role'],
      ['GET', '/notice/records?format=pdf', 'query.format'],
      ['GET', '/notice/records?lang=fr', 'query.lang'],
      ['POST', '/v1/admin/notice/publish', 'body.effectiveDate', { effectiveDate: '01-03-2026' }],
      ['POST', '/v1/admin/notice/publish', 'body.effectiveDate', { effectiveDate: '2026-02-30' }],
      ['POST', '/v1/admin/notice/publish', 'body.colour', { colour: 'red' }],
    ];
    for (const [method, url, field, payload] of cases) {
      const res = await t.app.inject({ method, url, headers: admin, ...(payload ? { payload } : {}) });
      const label = `${method} ${url} ${JSON.stringify(payload ?? '')}`;
      expect(res.statusCode, label).toBe(400);
      expect(res.json().error.code, label).toBe('validation_failed');
      expect(res.json().error.details.map((d: { path: string }) => d.path), label).toContain(field);
    }
  });

  it('404 for versions never published, and for languages the notice is not written in', async () => {
    for (const url of ['/notice/versions/2', '/notice/versions/999999', '/notice/diff?from=1&to=2', '/notice/diff?from=7&to=1']) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code, url).toBe('notice_version_not_found');
    }
    for (const url of ['/notice?lang=de', '/notice/versions/1?lang=de', '/notice/versions?lang=de', '/notice/diff?from=1&to=1&lang=de', '/notice/subprocessors?lang=de']) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error, url).toMatchObject({ code: 'notice_language_not_declared', details: { lang: 'de', declared: ['en', 'nl'] } });
      expect(res.json().error.message, url).toMatch(/Choose one of: en, nl/);
    }
    const records = await t.app.inject({ url: '/notice/records?lang=de', headers: admin });
    expect(records.statusCode).toBe(404);
  });

  it('409 when only the effective date differs from the published version, and nothing is published', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/v1/admin/notice/publish', headers: admin, payload: { effectiveDate: '2025-12-31' } });
    expect(res.statusCode).toBe(409);
    // The manifest is unchanged, which is checked first.
    expect(res.json().error.code).toBe('notice_unchanged');
    expect((await t.app.inject({ url: '/notice/versions' })).json().versions).toHaveLength(1);
  });
});
