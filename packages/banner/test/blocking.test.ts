// Prior blocking in real Chromium: nothing optional runs, sets cookies or calls home before its category is granted.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { collected, dialog, nonEssentialCookies, ran, settled, startHarness, type Harness } from './browser.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => {
  h.site.requests.length = 0;
  h.site.consents.length = 0;
});

const LOAD_VIDEO = 'Load this content (YouTube sets cookies)';

describe('before any choice', () => {
  it('runs no optional script, sets no optional cookie and sends nothing to analytics or ads (even to an automated browser)', async () => {
    const { page, errors } = await h.open('/?variant=full');
    await dialog(page).waitFor();
    await settled(page);
    expect(await page.evaluate(() => navigator.webdriver)).toBe(true);
    expect(await ran(page)).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
    expect(collected(h.site)).toEqual([]);
    expect(h.site.requests).not.toContain('/js/analytics.js');
    expect(h.site.requests.filter((r) => r.startsWith('/embed/'))).toEqual([]);
    // The tag manager's pixel (added as text/javascript, once while loading and once after `ready`) is neutralised.
    const ads = await page.evaluate(() => Array.from(document.querySelectorAll('script[src*="ads.js"]'), (s) => [s.getAttribute('type'), s.getAttribute('data-pledge-category')]));
    expect(ads).toEqual([
      ['text/plain', 'advertising'],
      ['text/plain', 'advertising'],
    ]);
    // Held while the config loaded, then blocked: never fetched at all (the request alone would reach the vendor).
    expect(h.site.requests.filter((r) => r.startsWith('/js/ads.js'))).toEqual([]);
    expect(await page.getByRole('button', { name: LOAD_VIDEO }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('stops scripts and a frame created later by another script before any request, and loads them once advertising is granted', async () => {
    const { page, errors } = await h.open('/?variant=full');
    await settled(page);
    await page.evaluate(() => {
      const w = window as unknown as { __loaded: string[] };
      w.__loaded = [];
      const s = document.createElement('script');
      s.src = '/js/ads.js?later'; // src first: the type set after it must not make the script run
      s.type = 'text/javascript';
      s.onload = () => w.__loaded.push('onload');
      s.addEventListener('load', () => w.__loaded.push('listener'));
      document.body.appendChild(s);
      const r = document.createElement('script');
      r.setAttribute('SRC', 'js/ads.js?relative'); // relative to the page, through setAttribute
      document.head.append(r);
      const f = document.createElement('iframe');
      f.src = '/embed/video?later';
      f.title = 'Another video';
      document.querySelector('main')!.appendChild(f);
    });
    // Whatever could leak has had time to: the request itself would send the visitor's IP and cookies to the vendor.
    await page.waitForTimeout(500);
    const leaked = () => h.site.requests.filter((r) => /^\/(js|embed)\/.*[?](later|relative)$/.test(r));
    expect(leaked()).toEqual([]);
    expect(await ran(page)).toEqual([]);
    expect(collected(h.site)).toEqual([]);
    expect(await nonEssentialCookies(page)).toEqual([]);
    const scripts = await page.evaluate(() =>
      Array.from(document.querySelectorAll('script[src*="?later"],script[src*="?relative"]'), (s) => [s.getAttribute('type'), s.getAttribute('data-pledge-category'), s.getAttribute('data-pledge-type')]),
    );
    expect(scripts).toEqual([
      ['text/plain', 'advertising', null],
      ['text/plain', 'advertising', 'text/javascript'],
    ]);
    const frames = await page.evaluate(() => Array.from(document.querySelectorAll('iframe'), (f) => [f.getAttribute('src'), f.getAttribute('data-pledge-src')]));
    expect(frames).toEqual([
      [null, '/embed/video'],
      [null, h.site.origin + '/embed/video?later'],
    ]);
    expect(await page.getByRole('button', { name: LOAD_VIDEO }).count()).toBe(2);

    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('switch', { name: 'Advertising' }).check();
    await page.getByRole('button', { name: 'Save choices' }).click();
    await page.waitForFunction(() => ((window as unknown as { __ran?: string[] }).__ran ?? []).length === 4);
    expect((await ran(page)).sort()).toEqual(['ads?early', 'ads?late', 'ads?later', 'ads?relative']);
    // The page's own handlers on the element it made still run (the released copy forwards load).
    await page.waitForFunction(() => (window as unknown as { __loaded: string[] }).__loaded.length === 2);
    expect(await page.evaluate(() => (window as unknown as { __loaded: string[] }).__loaded)).toEqual(['onload', 'listener']);
    await page.frameLocator('iframe[title="Another video"]').getByText('Product video').waitFor();
    expect(leaked().sort()).toEqual(['/embed/video?later', '/js/ads.js?later', '/js/ads.js?relative']);
    expect(await page.getByRole('button', { name: LOAD_VIDEO }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('leaves a script and a frame the site makes for itself alone: they load at once', async () => {
    const { page, errors } = await h.open('/?variant=full');
    await settled(page);
    const loaded = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const s = document.createElement('script');
          s.type = 'text/javascript';
          s.src = '/test/axe.min.js';
          s.onload = () => resolve('load ' + typeof (window as unknown as { axe?: unknown }).axe);
          s.onerror = () => resolve('error');
          document.head.appendChild(s);
          const f = document.createElement('iframe');
          f.setAttribute('src', '/privacy?own');
          document.body.appendChild(f);
        }),
    );
    expect(loaded).toBe('load object');
    expect(h.site.requests).toContain('/privacy?own');
    const attrs = await page.evaluate(() =>
      Array.from(document.querySelectorAll('script[src="/test/axe.min.js"],iframe[src="/privacy?own"]'), (e) => e.getAttributeNames().sort().join(' ')),
    );
    expect(attrs).toEqual(['src type', 'src']);
    expect(errors).toEqual([]);
  });

  it('holds every script and frame made by other scripts until the config is known, then blocks or runs each', async () => {
    const context = await h.browser.newContext();
    let answer!: () => void;
    const config = new Promise<void>((resolve) => (answer = resolve));
    await context.route('**/v1/banner/config*', async (route) => {
      await config;
      await route.continue();
    });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(h.site.origin + '/?variant=full', { waitUntil: 'domcontentloaded' });
      await page.evaluate(() => {
        const w = window as unknown as { __loaded: string[] };
        w.__loaded = [];
        const own = document.createElement('script');
        own.src = '/test/axe.min.js';
        own.onload = () => w.__loaded.push('own');
        document.head.appendChild(own);
        const ads = document.createElement('script');
        ads.src = '/js/ads.js?held';
        document.head.appendChild(ads);
        const f = document.createElement('iframe');
        f.src = '/privacy?held';
        document.body.appendChild(f);
        // Made now, inserted only after the config came.
        const later = document.createElement('script');
        later.src = '/test/axe.min.js?inserted-later';
        later.onload = () => w.__loaded.push('inserted later');
        window.Pledge!.on('ready', () => document.body.appendChild(later));
      });
      await page.waitForTimeout(300);
      const seen = () => h.site.requests.filter((r) => r.startsWith('/test/axe.min.js') || r.startsWith('/js/ads.js') || r === '/privacy?held');
      expect(seen()).toEqual([]);
      expect(await page.evaluate(() => window.Pledge!.consent().decided)).toBe(false);

      answer();
      await page.waitForFunction(() => (window as unknown as { __loaded: string[] }).__loaded.length === 2);
      expect((await page.evaluate(() => (window as unknown as { __loaded: string[] }).__loaded)).sort()).toEqual(['inserted later', 'own']);
      expect(await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe)).toBe('object');
      await expect.poll(() => seen().sort()).toEqual(['/privacy?held', '/test/axe.min.js', '/test/axe.min.js?inserted-later']);
      expect(await ran(page)).toEqual([]);
      const ads = await page.evaluate(() => Array.from(document.querySelectorAll('script[src*="ads.js"]'), (s) => [s.getAttribute('src'), s.getAttribute('type'), s.getAttribute('data-pledge-category')]));
      expect(ads).toEqual([
        ['/js/ads.js?early', 'text/plain', 'advertising'],
        ['/js/ads.js?held', 'text/plain', 'advertising'],
        ['/js/ads.js?late', 'text/plain', 'advertising'],
      ]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('choices', () => {
  it('accepting analytics only runs only analytics, here and on the next page', async () => {
    const { page } = await h.open('/?variant=full');
    await settled(page);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('switch', { name: 'Analytics' }).check();
    await page.getByRole('button', { name: 'Save choices' }).click();
    await page.waitForFunction(() => ((window as unknown as { __ran?: string[] }).__ran ?? []).includes('analytics'));
    await page.waitForTimeout(200);
    expect(await ran(page)).toEqual(['analytics']);
    expect(await nonEssentialCookies(page)).toEqual(['_pk_id.1.1fff']);
    expect(collected(h.site)).toEqual(['/collect/analytics?page=%2F']);

    h.site.requests.length = 0;
    await page.getByRole('link', { name: 'Next page' }).click();
    await settled(page);
    expect(await dialog(page).count()).toBe(0);
    expect(await ran(page)).toEqual(['analytics']);
    expect(collected(h.site)).toEqual(['/collect/analytics?page=%2Fpage2']);
  });

  it('reject all runs nothing, and the refusal is kept for refusalExpiry', async () => {
    const { page } = await h.open('/?variant=full');
    await settled(page);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await page.reload();
    await settled(page);
    expect(await dialog(page).count()).toBe(0);
    expect(await ran(page)).toEqual([]);
    expect(await nonEssentialCookies(page)).toEqual([]);
    expect(collected(h.site)).toEqual([]);
    const cookie = (await page.context().cookies()).find((c) => c.name === 'pledge_consent')!;
    expect(cookie).toMatchObject({ path: '/', sameSite: 'Lax', secure: false, httpOnly: false });
    expect(cookie.expires - Date.now() / 1000).toBeCloseTo(182 * 86400, -2);
  });

  it('accept all runs everything and keeps the consent for consentExpiry', async () => {
    const { page } = await h.open('/?variant=full');
    await settled(page);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await page.waitForFunction(() => ((window as unknown as { __ran?: string[] }).__ran ?? []).length === 3);
    expect((await ran(page)).sort()).toEqual(['ads?early', 'ads?late', 'analytics']);
    await page.waitForFunction(() => document.querySelector('iframe')!.getAttribute('src') === '/embed/video');
    const cookie = (await page.context().cookies()).find((c) => c.name === 'pledge_consent')!;
    expect(cookie.expires - Date.now() / 1000).toBeCloseTo(365 * 86400, -2);
  });
});

describe('withdrawal', () => {
  it('deletes the category’s cookies and storage keys, and the script stays blocked on the next page', async () => {
    const { page } = await h.open('/?variant=full');
    await settled(page);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await page.waitForFunction(() => document.cookie.includes('_fbp') && document.cookie.includes('_pk_id'));
    await page.frameLocator('iframe').locator('body').waitFor();
    expect(await nonEssentialCookies(page)).toEqual(['VISITOR_INFO1_LIVE', '_fbp', '_pk_id.1.1fff']);
    expect(await page.evaluate(() => localStorage.getItem('matomo_visits'))).toBe('1');

    await page.getByRole('button', { name: 'Privacy settings' }).click();
    await page.getByRole('switch', { name: 'Analytics' }).uncheck();
    await page.getByRole('switch', { name: 'Advertising' }).uncheck();
    await page.getByRole('button', { name: 'Save choices' }).click();

    expect(await nonEssentialCookies(page)).toEqual([]);
    expect(await page.evaluate(() => localStorage.getItem('matomo_visits'))).toBeNull();
    expect(await page.getByRole('button', { name: LOAD_VIDEO }).count()).toBe(1);
    expect(h.site.consents.at(-1)).toMatchObject({ method: 'custom', choices: { analytics: false, advertising: false }, vendors: { meta: false, youtube: false } });

    h.site.requests.length = 0;
    await page.reload();
    await settled(page);
    expect(await ran(page)).toEqual([]);
    expect(collected(h.site)).toEqual([]);
    expect(await nonEssentialCookies(page)).toEqual([]);
  });
});

describe('embeds', () => {
  it('one click on the placeholder loads that content and allows only that vendor', async () => {
    const { page } = await h.open('/?variant=full');
    await settled(page);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await page.getByRole('button', { name: LOAD_VIDEO }).click();
    await page.frameLocator('iframe').getByText('Product video').waitFor();
    expect(h.site.requests).toContain('/embed/video');
    expect(await page.getByRole('button', { name: LOAD_VIDEO }).count()).toBe(0);
    expect(await ran(page)).toEqual([]);
    expect(h.site.consents.at(-1)).toMatchObject({ method: 'custom', choices: { advertising: false }, vendors: { youtube: true, meta: false } });
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
  });
});

describe('inline config', () => {
  it('reads the config from a JSON element before the script, fetches none, and blocks the same way', async () => {
    const { page, errors } = await h.open('/?variant=full&inline=1');
    await dialog(page).waitFor();
    await settled(page);
    expect(h.site.requests.filter((r) => r.startsWith('/v1/banner/config'))).toEqual([]);
    expect(await ran(page)).toEqual([]);
    expect(collected(h.site)).toEqual([]);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await page.waitForFunction(() => ((window as unknown as { __ran?: string[] }).__ran ?? []).length === 3);
    expect(errors).toEqual([]);
  });
});
