// What consent costs. Parts are separate functions so that each can be run and extended on its own:
//   (1) measureBannerSize: gzip bytes of dist/pledge.js (JS and CSS together) against the 8 KB budget;
//   (2) server write throughput of the consent ledger: added with the ledger (packages/server/src/consent);
//   (3) measureTimeToVisible: in headless Chromium, time from navigation to the banner being visible, and the
//       banner script's main-thread time, against the same demo page without the banner, in the same run.
// ratio = median time-to-visible / median load time of the baseline page (lower is better; < 1 means the banner is
// visible before the page without it has even finished loading).
import type { Browser, Page } from 'playwright-core';
import { buildBanner, type BannerBuild } from '../packages/banner/build/build-banner.ts';
import { launchChromium } from '../packages/banner/test/browser.ts';
import { startDemoSite } from '../packages/banner/test/demo-site.ts';
import type { BenchResult } from './run.ts';

export interface SizeResult {
  minifiedBytes: number;
  gzipBytes: number;
  cssGzipBytes: number;
  budgetBytes: number;
}

export interface TimingResult {
  runs: number;
  /** Median ms from navigation start to the `pledge:visible` mark (first layer in the DOM and focused). */
  visibleMs: number;
  /** Median ms from navigation start to the load event of the page without the banner. */
  baselineLoadMs: number;
  /** Median ms from navigation start to the load event of the page with the banner. */
  loadMs: number;
  /** Median main-thread script time (CDP ScriptDuration) with the banner minus without it. */
  scriptMs: number;
  /** Long tasks (> 50 ms) seen on the page with the banner, over all runs. */
  longTasks: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export async function measureBannerSize(build?: BannerBuild): Promise<SizeResult> {
  const b = build ?? (await buildBanner({ write: false }));
  return { minifiedBytes: b.js.length, gzipBytes: b.gzipBytes, cssGzipBytes: b.cssGzipBytes, budgetBytes: b.budgetBytes };
}

interface PageSample {
  visibleMs?: number;
  loadMs: number;
  scriptMs: number;
  longTasks: number;
}

async function samplePage(browser: Browser, url: string, withBanner: boolean): Promise<PageSample> {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const w = window as unknown as { __long: number };
    w.__long = 0;
    new PerformanceObserver((l) => (w.__long += l.getEntries().length)).observe({ type: 'longtask', buffered: true });
  });
  const page: Page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  if (withBanner) await page.locator('#pledge [role=dialog]').waitFor();
  await page.waitForTimeout(100);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const sample = await page.evaluate(() => ({
    visibleMs: performance.getEntriesByName('pledge:visible')[0]?.startTime,
    loadMs: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
    longTasks: (window as unknown as { __long: number }).__long,
  }));
  await context.close();
  const scriptSeconds = metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
  return { ...sample, scriptMs: scriptSeconds * 1000 };
}

export async function measureTimeToVisible(build: BannerBuild, runs = 15): Promise<TimingResult> {
  const [browser, site] = await Promise.all([launchChromium(), startDemoSite(build.js, build.css)]);
  try {
    const withBanner: PageSample[] = [];
    const without: PageSample[] = [];
    // One warm-up pair, then alternate so that both pages see the same machine conditions.
    await samplePage(browser, `${site.origin}/?variant=full`, true);
    await samplePage(browser, `${site.origin}/?variant=full&banner=0`, false);
    for (let i = 0; i < runs; i++) {
      withBanner.push(await samplePage(browser, `${site.origin}/?variant=full`, true));
      without.push(await samplePage(browser, `${site.origin}/?variant=full&banner=0`, false));
    }
    return {
      runs,
      visibleMs: median(withBanner.map((s) => s.visibleMs ?? Number.NaN)),
      baselineLoadMs: median(without.map((s) => s.loadMs)),
      loadMs: median(withBanner.map((s) => s.loadMs)),
      scriptMs: median(withBanner.map((s) => s.scriptMs)) - median(without.map((s) => s.scriptMs)),
      longTasks: withBanner.reduce((n, s) => n + s.longTasks, 0),
    };
  } finally {
    await browser.close();
    await site.close();
  }
}

export async function run(): Promise<BenchResult> {
  const build = await buildBanner({ write: false });
  const size = await measureBannerSize(build);
  console.log(`banner size: ${size.gzipBytes} B gzip of ${size.budgetBytes} B budget (${size.minifiedBytes} B minified; CSS alone ${size.cssGzipBytes} B gzip)`);
  const t = await measureTimeToVisible(build);
  console.log(
    `banner in Chromium (${t.runs} runs, medians): visible at ${t.visibleMs.toFixed(1)} ms after navigation; ` +
      `page load ${t.loadMs.toFixed(1)} ms with the banner, ${t.baselineLoadMs.toFixed(1)} ms without; ` +
      `script main-thread time +${t.scriptMs.toFixed(1)} ms over the baseline; ${t.longTasks} long tasks`,
  );
  return { metric: 'ms_to_banner_visible', value: t.visibleMs, baseline: t.baselineLoadMs, ratio: t.visibleMs / t.baselineLoadMs };
}
