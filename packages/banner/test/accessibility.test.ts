// Keyboard, axe-core, layout stability, the strict CSP, languages and the screenshots in docs/screenshots/.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialog, focused, settled, startHarness, type Harness } from './browser.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

async function tab(page: Page, times: number, shift = false): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
    seen.push(await focused(page));
  }
  return seen;
}

async function axe(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: '/test/axe.min.js' });
  return page.evaluate(async () => {
    const run = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await run.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
}

describe('keyboard only', () => {
  it('moves focus into the dialog and traps it; Escape keeps the first layer and closes the second', async () => {
    const { page } = await h.open('/?variant=full');
    await dialog(page).waitFor();
    expect(await focused(page)).toBe('dialog');
    expect(await tab(page, 5)).toEqual(['Privacy statement', 'Accept all', 'Reject all', 'Settings', 'Privacy statement']);
    expect(await tab(page, 2, true)).toEqual(['Settings', 'Reject all']);
    await page.keyboard.press('Escape');
    expect(await dialog(page).count()).toBe(1);
    expect(await focused(page)).toBe('Reject all');
    expect(h.site.consents).toHaveLength(0);

    await tab(page, 1);
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog(page).getAttribute('aria-labelledby')).toBe('st');
    expect(await focused(page)).toBe('dialog');
    const order = await tab(page, 13);
    expect(order).toEqual([
      'Close', 'Privacy statement', 'Cookies (2)', 'Analytics', 'Cookies (2)', 'Advertising', 'Meta Platforms Ireland', 'YouTube', 'Cookies (2)',
      'Accept all', 'Reject all', 'Save choices', 'Close',
    ]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).getAttribute('aria-labelledby')).toBe('pt');

    // Settings again, switch analytics on with Space, save with Enter.
    await tab(page, 4);
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog(page).getAttribute('aria-labelledby')).toBe('st');
    await tab(page, 4);
    expect(await focused(page)).toBe('Analytics');
    await page.keyboard.press('Space');
    await tab(page, 8);
    expect(await focused(page)).toBe('Save choices');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog(page).count()).toBe(0);
    await expect.poll(() => page.evaluate(() => window.Pledge!.consent().categories)).toEqual({ strictly_necessary: true, analytics: true, advertising: false });

    // The floating button is reachable by keyboard and gets focus back when the dialog closes.
    let found = false;
    for (let i = 0; i < 10 && !found; i++) found = (await tab(page, 1))[0] === 'Privacy settings';
    expect(found).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('dialog');
    await page.keyboard.press('Escape');
    expect(await dialog(page).count()).toBe(0);
    expect(await focused(page)).toBe('Privacy settings');
  });
});

describe('axe-core', () => {
  it('finds no violations on the first layer, the settings layer, the placeholder and the floating button', async () => {
    const { page } = await h.open('/?variant=full');
    await settled(page);
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.locator('#pledge summary').evaluateAll((all) => all.forEach((s) => (s as HTMLElement).click()));
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Reject all' }).click();
    expect(await axe(page)).toEqual([]);
  });

  it('finds no violations in Dutch, or on the GPC note', async () => {
    const { page } = await h.open('/?variant=full&lang=nl', { gpc: true });
    await settled(page);
    expect(await axe(page)).toEqual([]);
    const other = await h.open('/?variant=minimal', { gpc: true });
    await other.page.getByRole('status').waitFor();
    expect(await axe(other.page)).toEqual([]);
  });
});

describe('layout and CSP', () => {
  it('causes no layout shift (CLS 0) when the banner, placeholder, choice and video appear', async () => {
    const { page } = await h.open('/?variant=full', {
      init: () => {
        const w = window as unknown as { __cls: number };
        w.__cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.__cls += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      },
    });
    await settled(page);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await page.frameLocator('iframe').locator('body').waitFor();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBe(0);
  });

  it("is styled under script-src 'self'; style-src 'self' with no violation, by constructed stylesheet or by the <link> fallback", async () => {
    for (const legacy of [false, true]) {
      h.site.cspReports.length = 0;
      const { page } = await h.open('/?variant=full', {
        init: legacy
          ? () => {
              // A browser without constructable stylesheets (Safari < 16.4).
              (window as unknown as { CSSStyleSheet: unknown }).CSSStyleSheet = function () {
                throw new TypeError('Illegal constructor');
              };
            }
          : undefined,
      });
      await page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => ((window as unknown as { v: string[] }).v ??= []).push(e.violatedDirective)));
      await dialog(page).waitFor();
      await expect.poll(() => dialog(page).evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
      expect(await page.getByRole('button', { name: 'Accept all' }).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(29, 78, 216)');
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => (window as unknown as { v?: string[] }).v ?? [])).toEqual([]);
      expect(h.site.cspReports).toEqual([]);
      expect(h.site.requests.includes('/pledge.css')).toBe(legacy);
      h.site.requests.length = 0;
    }
  });
});

describe('languages', () => {
  it('speaks the language of <html lang>, else of the browser', async () => {
    const nl = await h.open('/?variant=full&lang=nl');
    await dialog(nl.page).waitFor();
    expect(await nl.page.getByRole('button', { name: 'Alles weigeren' }).count()).toBe(1);
    expect(await dialog(nl.page).getAttribute('lang')).toBe('nl');
    const de = await h.open('/?variant=full&lang=none', { locale: 'de-DE' });
    await dialog(de.page).waitFor();
    expect(await de.page.getByRole('button', { name: 'Alle ablehnen' }).count()).toBe(1);
  });
});

describe('screenshots', () => {
  // UPDATE_SCREENSHOTS=1 writes docs/screenshots/banner-*.png; otherwise they go to the temp directory.
  const dir = process.env.UPDATE_SCREENSHOTS ? fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url)) : `${tmpdir()}/pledge-screenshots/`;
  mkdirSync(dir, { recursive: true });

  for (const [name, path, viewport] of [
    ['en', '/?variant=full', { width: 1280, height: 800 }],
    ['nl', '/?variant=full&lang=nl', { width: 1280, height: 800 }],
    ['phone-en', '/?variant=full', { width: 390, height: 844 }],
  ] as const) {
    it(`shows the first and the settings layer (${name})`, async () => {
      const { page } = await h.open(path, { viewport, deviceScaleFactor: name.startsWith('phone') ? 2 : 1, reducedMotion: 'reduce' });
      await settled(page);
      await page.screenshot({ path: `${dir}banner-first-${name}.png` });
      await page.getByRole('button', { name: /Settings|Instellingen/ }).click();
      await page.locator('#pledge summary').nth(1).click();
      await page.screenshot({ path: `${dir}banner-settings-${name}.png` });
      if (name === 'en') {
        await page.getByRole('button', { name: 'Reject all' }).click();
        await page.screenshot({ path: `${dir}banner-placeholder-en.png` });
      }
    });
  }
});
