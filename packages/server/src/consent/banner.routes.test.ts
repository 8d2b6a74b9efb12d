import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBanner } from '../../../banner/build/build-banner.ts';
import { createAuditService } from '../audit/audit.service.ts';
import { changedManifest } from '../notice/notice-test-fixtures.ts';
import { createNoticeService } from '../notice/notice.service.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { BANNER_DIST_DIR } from './banner-assets.ts';

let t: TestApp;
beforeAll(async () => {
  // dist/ is not in git: build it the way `npm run build` does when a fresh clone has none.
  if (!existsSync(`${BANNER_DIST_DIR}pledge.js`) || !existsSync(`${BANNER_DIST_DIR}pledge.css`)) await buildBanner({ budgetBytes: Number.MAX_SAFE_INTEGER }); // the budget is the banner's own test
  t = await createTestApp();
});
afterAll(() => t.close());

const config = (headers: Record<string, string> = {}, query = '') => t.app.inject({ url: `/v1/banner/config${query}`, headers });

describe('GET /v1/banner/config', () => {
  it('is the compiled config, cacheable with an ETag and varying by Sec-GPC and Accept-Language', async () => {
    const res = await config({}, '?site=acme-shop&lang=en');
    expect(res.statusCode).toBe(200);
    expect(res.headers).toMatchObject({ 'cache-control': 'public, max-age=300', vary: 'Sec-GPC, Accept-Language', 'access-control-allow-origin': '*' });
    const body = res.json();
    expect(body).toMatchObject({ format: 1, language: 'en', noticeVersion: '0', gpc: { honoured: true, detected: false } });
    expect(body.renewBefore).toBeUndefined();
    expect(body.categories.map((c: { id: string }) => c.id)).toEqual(['strictly_necessary', 'analytics']);

    const again = await config({ 'if-none-match': res.headers.etag as string }, '?site=acme-shop&lang=en');
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('detects GPC only from Sec-GPC: 1 exactly, and picks the language from lang, else Accept-Language', async () => {
    expect((await config({ 'sec-gpc': '1' })).json().gpc.detected).toBe(true);
    for (const value of ['0', 'true', '1, 1']) expect((await config({ 'sec-gpc': value })).json().gpc.detected, value).toBe(false);
    expect((await config({ 'sec-gpc': '1' })).headers.etag).not.toBe((await config()).headers.etag);
    expect((await config({}, '?lang=nl-BE')).json().language).toBe('nl');
    expect((await config({ 'accept-language': 'en-GB,en;q=0.9' })).json().language).toBe('en');
    expect((await config({ 'accept-language': 'fr-FR' })).json().language).toBe('nl'); // the notice's default
  });

  it('names the latest published notice version and sets renewBefore from the latest material one', async () => {
    const notice = createNoticeService(t.db, createAuditService(t.db));
    await notice.publishNotice(t.manifest, { actor: 'system' });
    expect((await config()).json()).toMatchObject({ noticeVersion: '1' });
    expect((await config()).json().renewBefore).toBeUndefined();
    const v2 = await notice.publishNotice(changedManifest(t.manifest), { actor: 'system' });
    expect((await config()).json()).toMatchObject({ noticeVersion: '2', renewBefore: v2.publishedAt.toISOString() });
  });
});

describe('banner files and GPC resource', () => {
  it('serves pledge.js and pledge.css from the build, with a long cache and an ETag; immutable with ?v=<sha-256>', async () => {
    const js = await t.app.inject({ url: '/pledge.js' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toMatch(/max-age=86400/);
    expect(js.body).toContain('Pledge');
    expect((await t.app.inject({ url: '/pledge.js', headers: { 'if-none-match': js.headers.etag as string } })).statusCode).toBe(304);
    const sha = createHash('sha256').update(js.rawPayload).digest('hex');
    expect((await t.app.inject({ url: `/pledge.js?v=${sha}` })).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const css = await t.app.inject({ url: '/pledge.css' });
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('publishes /.well-known/gpc.json per the manifest stance', async () => {
    const res = await t.app.inject({ url: '/.well-known/gpc.json' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json()).toEqual({ gpc: true, lastUpdate: '2026-01-01' });
  });
});
