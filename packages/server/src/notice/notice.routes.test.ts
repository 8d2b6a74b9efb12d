import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditService } from '../audit/audit.service.ts';
import { bearer, createTestApp, type TestApp } from '../testing/test-app.ts';
import { changedManifest } from './notice-test-fixtures.ts';
import { createNoticeService } from './notice.service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });

function expectStrictCsp(res: { headers: Record<string, unknown>; body: string }): void {
  const csp = String(res.headers['content-security-policy']);
  expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-/);
  expect(csp).not.toContain('unsafe');
  const style = /<style>([\s\S]*?)<\/style>/.exec(res.body)?.[1] ?? '';
  expect(csp).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
}

describe('the notice over HTTP, from draft to a second version', () => {
  it('before anything is published: the manifest rendered live, marked as a draft', async () => {
    const json = await get('/notice?format=json');
    expect(json.statusCode).toBe(200);
    expect(json.headers['cache-control']).toBe('no-store');
    expect(json.json()).toMatchObject({ status: 'draft', version: null, lang: 'nl', effectiveDate: '2026-01-01', notice: { format: 'pledge-notice/1', lang: 'nl' } });
    const html = await get('/notice?lang=en');
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.headers['x-pledge-notice-version']).toBe('draft');
    expectStrictCsp(html);
    const german = await get('/notice?lang=de');
    expect(german.statusCode).toBe(404);
    expect(german.json().error).toMatchObject({ code: 'notice_language_not_declared', message: expect.stringContaining('en, nl'), details: { declared: ['en', 'nl'] } });
  });

  it('publishes (201), refuses the same manifest again (409), then serves the archive unchanged after a material change', async () => {
    const first = await t.app.inject({ method: 'POST', url: '/v1/admin/notice/publish', headers: bearer(t.keys.privacy_officer) });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ number: 1, material: false, changes: [], notifications: [] });
    const again = await t.app.inject({ method: 'POST', url: '/v1/admin/notice/publish', headers: bearer(t.keys.admin), payload: {} });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('notice_unchanged');

    const archived = await get('/notice/versions/1?lang=en');
    expect(archived.statusCode).toBe(200);
    expect(archived.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expectStrictCsp(archived);

    const v2 = await createNoticeService(t.db, createAuditService(t.db)).publishNotice(changedManifest(t.manifest), { actor: 'system' });
    expect(v2.material).toBe(true);
    const archivedLater = await get('/notice/versions/1?lang=en');
    expect(archivedLater.body).toBe(archived.body);
    expect(archivedLater.headers['content-security-policy']).toBe(archived.headers['content-security-policy']);

    const current = await get('/notice?lang=en');
    expect(current.headers['x-pledge-notice-version']).toBe('2');
    expect(current.headers['cache-control']).toBe('public, max-age=60');
    expect(current.body).toContain('<time datetime="2026-03-01">');
    for (const line of v2.summaries.en ?? []) expect(current.body).toContain(line.replaceAll('"', '&quot;').replaceAll("'", '&#39;'));
    expect(current.body).not.toBe(archived.body);

    const md = await get('/notice?lang=nl&format=md');
    expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(md.body).toBe(v2.renders.nl?.md);
    const json = await get('/notice?lang=en&format=json');
    expect(json.json()).toMatchObject({ status: 'published', version: 2, material: true, effectiveDate: '2026-03-01', notice: { version: { number: 2 } } });
    expect(json.json().changes).toEqual(v2.summaries.en);
  });

  it('lists the versions, diffs them, and lists the pending change notifications', async () => {
    const versions = (await get('/notice/versions?lang=en')).json().versions;
    expect(versions.map((v: { number: number; material: boolean }) => [v.number, v.material])).toEqual([[2, true], [1, false]]);
    expect(versions[0]).toMatchObject({ effectiveDate: '2026-03-01', summaryLang: 'en', languages: ['en', 'nl'] });
    expect(versions[0].summary.length).toBeGreaterThan(0);

    const diff = await get('/notice/diff?from=1&to=2&lang=nl');
    expect(diff.statusCode).toBe(200);
    expect(diff.json()).toMatchObject({ from: { number: 1 }, to: { number: 2 }, lang: 'nl', material: true });
    expect(diff.json().affectedPurposes.sort()).toEqual(['analytics', 'recommendations']);
    expect(diff.json().changes).toEqual(expect.arrayContaining([expect.objectContaining({ area: 'retention', id: 'analytics', material: true, summary: expect.any(String) })]));

    const notifications = await get('/v1/admin/notice/notifications', bearer(t.keys.auditor));
    expect(notifications.json().notifications.map((n: { versionNumber: number; channel: string; status: string }) => `${n.versionNumber}:${n.channel}:${n.status}`)).toEqual([
      '2:email:pending',
      '2:website_notice:pending',
    ]);
  });

  it('serves the Art. 30 records as a CSV download and as a page', async () => {
    const csv = await get('/notice/records?role=controller&format=csv&lang=en', bearer(t.keys.auditor));
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="records-of-processing-controller.csv"');
    const [header, ...rows] = csv.body.trimEnd().split('\r\n');
    for (const column of ['Controller and contact details', 'Data protection officer', 'Purpose of the processing', 'Categories of data subjects', 'Categories of personal data', 'Categories of recipients', 'Transfers to third countries', 'Time limits for erasure', 'security measures']) {
      expect(header).toContain(column);
    }
    expect(rows).toHaveLength(t.manifest.purposes.length);
    const page = await get('/notice/records?role=processor&format=html', bearer(t.keys.privacy_officer));
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expectStrictCsp(page);
  });

  it('lists the sub-processors of the notice in force as JSON and as a page', async () => {
    const json = await get('/notice/subprocessors?lang=en');
    expect(json.json()).toMatchObject({ lang: 'en', version: 2 });
    expect(json.json().subprocessors.map((s: { name: string }) => s.name)).toEqual(['Hetzner Online GmbH', 'Mailchimp (Intuit Inc.)']);
    const html = await get('/notice/subprocessors?lang=nl&format=html');
    expect(html.body).toContain('<html lang="nl">');
    expect(html.body).toContain('Mailchimp (Intuit Inc.)');
    expectStrictCsp(html);
  });

  it('documents every notice route in the OpenAPI document, with its parameters and security', async () => {
    const doc = (await get('/openapi.json')).json() as { paths: Record<string, Record<string, { security?: unknown; parameters?: Array<{ name: string }> }>> };
    const routes = t.app.routeTable.filter((r) => /^\/(v1\/admin\/)?notice/.test(r.url));
    expect(routes).toHaveLength(8);
    for (const route of routes) {
      const op = doc.paths[route.url.replace(/:([a-zA-Z]+)/g, '{$1}')]?.[route.method.toLowerCase()];
      expect(op, route.url).toBeDefined();
      expect(op?.security, route.url).toEqual(route.access === 'public' ? undefined : [{ apiKey: [] }]);
    }
    expect(doc.paths['/notice/diff']?.get?.parameters?.map((p) => p.name)).toEqual(['from', 'to', 'lang']);
  });
});
