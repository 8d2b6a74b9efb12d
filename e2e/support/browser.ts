import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

/** Debian's Chromium, headless, with nothing phoning home (never a downloaded browser build). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A browser profile for one person: a language, a window size, and every request off our origin refused. */
export async function newContext(browser: Browser, origin: string, options: { locale?: string; width?: number; height?: number } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-GB',
    viewport: { width: options.width ?? 1280, height: options.height ?? 860 },
    timezoneId: 'UTC',
  });
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) || route.request().url().startsWith('data:') ? route.continue() : route.abort()));
  return context;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** axe-core's WCAG 2.x A/AA rules and best practices on the page as it is now. Evaluated over CDP, so the CSP does not block it. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

export const describeViolations = (violations: AxeViolation[]) => violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('\n');

/** Presses Tab until `predicate` holds for the focused element; fails after `max` presses. Returns the presses needed. */
export async function tabUntil(page: Page, predicate: (el: { tag: string; text: string; label: string | null; name: string | null }) => boolean, max = 60): Promise<number> {
  for (let i = 1; i <= max; i += 1) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return { tag: a?.tagName.toLowerCase() ?? '', text: (a?.textContent ?? '').trim(), label: a?.getAttribute('aria-label') ?? (a?.id ? (document.querySelector(`label[for="${a.id}"]`)?.textContent ?? null) : null), name: a?.getAttribute('name') ?? null };
    });
    if (predicate(el)) return i;
  }
  throw new Error('never reached the element by keyboard');
}

/** Whether the focused element shows a visible focus indicator (an outline of at least 2px). */
export async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return false;
    const style = getComputedStyle(a);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });
}

/** Screenshots are only rewritten with UPDATE_SCREENSHOTS=1, so a test run never changes the docs by itself. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  if (!existsSync(SCREENSHOT_DIR)) mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // The whole page, but at most 2,400 CSS pixels of it: enough to show the layout, small enough for the docs.
  const height = Math.min(2400, await page.evaluate(() => document.documentElement.scrollHeight));
  const width = page.viewportSize()?.width ?? 1280;
  await page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png`, fullPage: true, clip: { x: 0, y: 0, width, height } });
}

/** axe-core finds no violation on the page; `where` names the page in the failure. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${where}\n${describeViolations(violations)}`).toEqual([]);
}
