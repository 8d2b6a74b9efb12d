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
    // Held while the config loaded, then blocked: never released and fetched again in between.
    expect(h.site.requests.filter((r) => r === '/js/ads.js?early')).toHaveLength(1);
    expect(await page.getByRole('button', { name: LOAD_VIDEO }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('neutralises a script added later as text/javascript matching a setBy prefix, and a matching iframe', async () => {
    const { page } = await h.open('/?variant=full');
    await settled(page);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.type = 'text/javascript';
      s.src = '/js/ads.js?later';
      document.body.appendChild(s);
      const f = document.createElement('iframe');
      f.src = '/embed/video?later';
      f.title = 'Another video';
      document.querySelector('main')!.appendChild(f);
    });
    await page.waitForTimeout(400);
    expect(await ran(page)).toEqual([]);
    expect(collected(h.site)).toEqual([]);
    // Chromium starts fetching at insertion, before any observer can act, but the frame never loads: no cookie.
    expect(await nonEssentialCookies(page)).toEqual([]);
    expect(await page.evaluate(() => Array.from(document.querySelectorAll('iframe'), (f) => f.getAttribute('src')))).toEqual([null, null]);
    expect(await page.getByRole('button', { name: LOAD_VIDEO }).count()).toBe(2);
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
