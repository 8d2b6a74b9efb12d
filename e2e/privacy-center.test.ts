import { createServer } from 'node:http';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, focusIsVisible, newContext, screenshot, tabUntil } from './support/browser.ts';
import { startE2eServer } from './support/e2e-server.ts';
import { useServerAndBrowser } from './support/server-and-browser.ts';

const stage = useServerAndBrowser(startE2eServer);

const PAGES = [
  { path: '/privacy', name: 'home', heading: { en: 'Privacy at', nl: 'Privacy bij' } },
  { path: '/privacy/notice', name: 'notice', heading: { en: 'Privacy notice', nl: 'Privacyverklaring' } },
  { path: '/privacy/preferences', name: 'preferences', heading: { en: 'Your preferences', nl: 'Je voorkeuren' } },
  { path: '/privacy/request', name: 'request', heading: { en: 'Make a request', nl: 'Verzoek indienen' } },
  { path: '/privacy/status', name: 'status', heading: { en: 'Request status', nl: 'Status van je verzoek' } },
];

async function open(lang: 'en' | 'nl', path: string, width = 1280): Promise<Page> {
  const context = await newContext(stage.browser, stage.server.origin, { locale: lang === 'nl' ? 'nl-NL' : 'en-GB', width });
  const page = await context.newPage();
  await page.goto(stage.server.origin + path);
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  return page;
}

describe('privacy center pages', () => {
  for (const lang of ['en', 'nl'] as const) {
    it.each(PAGES)(`$path in ${lang}: right language, no axe violations, screenshot`, async ({ path, name, heading }) => {
      const page = await open(lang, path);
      expect(await page.locator('h1').first().textContent()).toContain(heading[lang]);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await screenshot(page, `center-${name}-${lang}`);
      await page.context().close();
    });
  }

  it('works on a phone-sized screen without horizontal scrolling', async () => {
    const page = await open('en', '/privacy/request', 390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await screenshot(page, 'center-request-phone-en');
    await page.context().close();
  });
});

describe('keyboard and language', () => {
  it('offers a skip link first, shows focus, and remembers a language switch', async () => {
    const page = await open('en', '/privacy');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    expect(await focusIsVisible(page)).toBe(true);
    await tabUntil(page, (el) => el.tag === 'select');
    await page.keyboard.press('ArrowDown'); // English → Nederlands
    await page.locator('h1', { hasText: 'Privacy bij' }).waitFor();
    await page.reload();
    await page.locator('h1', { hasText: 'Privacy bij' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.context().close();
  });

  it('records cookie choices by keyboard alone and shows the receipt', async () => {
    const page = await open('en', '/privacy/preferences');
    await tabUntil(page, (el) => el.tag === 'input' && el.name === 'category' && !el.text);
    await page.keyboard.press('Space');
    await tabUntil(page, (el) => el.tag === 'button' && el.text === 'Save my choices');
    await page.keyboard.press('Enter');
    await page.getByText('Your choices are saved.').waitFor();
    expect(await page.evaluate(() => document.cookie)).toContain('pledge_consent=');
    await page.context().close();
  });

  it('validates the request form in words, linked to each field', async () => {
    const page = await open('en', '/privacy/request');
    await tabUntil(page, (el) => el.tag === 'button' && el.text === 'Continue');
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'Please correct the following' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Choose what you would like us to do.');
    const described = await page.locator('fieldset[aria-invalid="true"]').getAttribute('aria-describedby');
    expect(described).toBeTruthy();
    await page.context().close();
  });

  it("is embedded on the company's own site (a manifest origin); the console refuses to be framed", async () => {
    const { origin, companySite } = stage.server;
    expect(stage.server.manifest.cookieSettings.origins).toContain(companySite.origin);
    // The company's page, from a real server on another local origin, framing the center and the console.
    const shop = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>Shop</title><iframe id="center" title="Privacy" src="${origin}/privacy"></iframe><iframe id="console" title="Console" src="${origin}/admin/login"></iframe>`);
    });
    await new Promise<void>((resolve) => shop.listen(companySite.port, '127.0.0.1', resolve));
    const context = await stage.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${companySite.origin}/privacy-at-the-shop`);
      await page.frameLocator('#center').getByRole('heading', { level: 1, name: /Privacy at/ }).waitFor();
      // A frame that CSP frame-ancestors refuses is replaced by Chromium's error page: the console never runs in it.
      await page.waitForTimeout(500);
      const frameUrls = page.frames().map((f) => f.url());
      expect(frameUrls).toContain(`${origin}/privacy`);
      expect(frameUrls.some((u) => u.includes('/admin'))).toBe(false);
    } finally {
      await context.close();
      await new Promise((resolve) => shop.close(resolve));
    }
  });
});
