import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, type TestApp } from '../testing/test-app.ts';
import { createWebAssets } from './web-assets.ts';
import { CENTER_PAGES, CONSOLE_PAGES } from './web-pages.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the web app', () => {
  it('answers every page with the app, under a same-origin-only CSP, revalidated on each load', async () => {
    for (const page of [...CENTER_PAGES, ...CONSOLE_PAGES]) {
      const res = await t.app.inject({ url: page.replace(':id', '4b0f6c1e-2f53-4f0e-9a43-8d2c1f0e6a11') });
      expect(res.statusCode, page).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body).toContain('<div id="root"></div>');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'; script-src 'self'; style-src 'self'");
      // The console is never framed; the privacy center only by itself and the company's own sites.
      const ancestors = /frame-ancestors ([^;]+)/.exec(String(res.headers['content-security-policy']))![1];
      const origins = t.manifest.cookieSettings.origins.map((o) => new URL(o).origin);
      expect(ancestors, page).toBe(page.startsWith('/privacy') ? ["'self'", ...origins].join(' ') : "'none'");
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it("lets the company's own sites (cookieSettings.origins) frame the privacy center, never the console", async () => {
    const manifest = structuredClone(t.manifest);
    manifest.cookieSettings.origins = ['https://www.shop.example/', 'https://shop.example'];
    const framed = await createTestApp({ manifest });
    try {
      const csp = async (url: string) => /frame-ancestors ([^;]+)/.exec(String((await framed.app.inject({ url })).headers['content-security-policy']))![1];
      expect(await csp('/privacy')).toBe("'self' https://www.shop.example https://shop.example");
      expect(await csp('/privacy/request')).toBe("'self' https://www.shop.example https://shop.example");
      expect(await csp('/admin/login')).toBe("'none'");
    } finally {
      await framed.close();
    }
  });

  it('serves the hashed assets for a year and nothing outside dist/', async () => {
    const index = (await t.app.inject({ url: '/privacy' })).body;
    const script = /src="(\/ui\/assets\/[^"]+\.js)"/.exec(index)![1]!;
    const res = await t.app.inject({ url: script });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await t.app.inject({ url: script, headers: { 'if-none-match': String(res.headers.etag) } })).statusCode).toBe(304);
    expect((await t.app.inject({ url: '/ui/assets/..%2F..%2Fpackage.json' })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/ui/assets/nothing.js' })).statusCode).toBe(404);
  });

  it('reads nothing outside its folder, whatever the path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pledge-web-'));
    mkdirSync(join(dir, 'dist', 'assets'), { recursive: true });
    writeFileSync(join(dir, 'secret.json'), '{}');
    writeFileSync(join(dir, 'dist', 'assets', 'a.js'), 'x');
    const assets = createWebAssets(join(dir, 'dist'));
    expect(await assets.file('assets/a.js')).not.toBeNull();
    expect(await assets.file('../secret.json')).toBeNull();
    expect(await assets.file('assets/../../secret.json')).toBeNull();
    expect(await assets.index()).toBeNull();
  });
});

describe('GET /v1/privacy-center and /v1/admin/manifest/lint', () => {
  it('tells the privacy center the branding, languages and request types per jurisdiction', async () => {
    const res = await t.app.inject({ url: '/v1/privacy-center' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.organisation.name).toBe(t.manifest.organisation.name);
    expect(body.jurisdictions.map((j: { id: string }) => j.id)).toEqual(t.manifest.jurisdictions);
    expect(body.jurisdictions[0].requestTypes).toEqual(expect.arrayContaining(['access']));
    expect(body.languages).toEqual(t.manifest.notice.languages);
  });

  it('returns the lint findings of the manifest in force to every role, by manifest path', async () => {
    const res = await t.app.inject({ url: '/v1/admin/manifest/lint', headers: bearer(t.keys.support_agent) });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ errors: expect.any(Number), warnings: expect.any(Number), findings: expect.any(Array) });
    for (const f of body.findings) expect(f).toMatchObject({ rule: expect.stringMatching(/^PLG\d{3}$/), path: expect.any(String) });
  });
});
