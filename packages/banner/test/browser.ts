// Real headless Chromium (Debian's /usr/bin/chromium) driven by playwright-core, plus the demo site with a fresh build.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { buildBanner } from '../build/build-banner.ts';
import { startDemoSite, type DemoSite } from './demo-site.ts';

export const CHROMIUM = '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get update && apt-get install -y chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface OpenOptions extends BrowserContextOptions {
  /** `navigator.globalPrivacyControl === true` and the `Sec-GPC: 1` header, as a browser with GPC on sends both. */
  gpc?: boolean;
  /** Only the `Sec-GPC: 1` header: the server tells the banner through its config. */
  secGpcHeader?: boolean;
  dnt?: boolean;
  /** Runs in the page before any of its scripts. */
  init?: () => void;
}

export interface Harness {
  browser: Browser;
  site: DemoSite;
  /** A fresh context (no cookies) and page; `errors` collects uncaught page errors. */
  open(path: string, options?: OpenOptions): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const build = await buildBanner({ write: false });
  const [browser, site] = await Promise.all([launchChromium(), startDemoSite(build.js, build.css)]);
  return {
    browser,
    site,
    async open(path, { gpc, secGpcHeader, dnt, init, ...options } = {}) {
      const context = await browser.newContext({
        ...options,
        ...(gpc || secGpcHeader ? { extraHTTPHeaders: { 'Sec-GPC': '1' } } : {}),
      });
      if (init) await context.addInitScript(init);
      if (gpc) await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
      if (dnt) await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => '1' }));
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(site.origin + path);
      return { page, errors };
    },
    async close() {
      await browser.close();
      await site.close();
    },
  };
}

/** The banner's shadow root content, for locators: Playwright's CSS locators pierce open shadow roots. */
export const dialog = (page: Page) => page.locator('#pledge [role=dialog]');
export const ran = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __ran?: string[] }).__ran ?? []);
export const collected = (site: DemoSite): string[] => site.requests.filter((r) => r.startsWith('/collect/'));

/** Describes the focused element, looking through shadow roots. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let a = document.activeElement;
    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    if (!a || a === document.body) return 'body';
    if (a.getAttribute('role') === 'dialog') return 'dialog';
    const by = a.getAttribute('aria-labelledby');
    const root = a.getRootNode() as Document | ShadowRoot;
    if (by) return by.split(' ').map((id) => root.getElementById(id)?.textContent ?? '').join(' ');
    return a.getAttribute('aria-label') || a.getAttribute('title') || (a.textContent || '').trim() || a.tagName.toLowerCase();
  });
}

/** Cookies other than the consent cookie itself. */
export async function nonEssentialCookies(page: Page): Promise<string[]> {
  return (await page.context().cookies()).map((c) => c.name).filter((n) => n !== 'pledge_consent').sort();
}

/** Waits until both ad pixel insertions by the tag manager (during load and after `ready`) were dealt with. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { Pledge?: { consent(): unknown } }).Pledge && document.querySelectorAll('script[src*="ads.js"]').length >= 2);
  await page.waitForTimeout(150);
}
