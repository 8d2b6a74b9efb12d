// What consent costs. Parts are separate functions so that each can be run and extended on its own:
//   (1) measureBannerSize: gzip bytes of dist/pledge.js (JS and CSS together) against the 8 KB budget;
//   (2) measureConsentWrites (bench/consent-writes.ts): consent writes per second on PostgreSQL through the real
//       endpoint (group commit into the hash chain) against one plain INSERT per request, same concurrency, same run;
//   (3) measureTimeToVisible: in headless Chromium, time from navigation to the banner being visible, and the
//       banner script's main-thread time, against the same demo page without the banner, in the same run.
// The final line reports (2), the headline: consent_writes_per_s = ledger writes/s, baseline = plain-INSERT writes/s,
// ratio = ledger / baseline (higher is better; >= 1 means batching more than pays for the chain). Parts (1) and (3)
// are printed as detail lines before it; (3)'s own ratio is time-to-visible / baseline page load (lower is better).
import type { Browser, Page } from 'playwright-core';
import { buildBanner, type BannerBuild } from '../packages/banner/build/build-banner.ts';
import { launchChromium } from '../packages/banner/test/browser.ts';
import { startDemoSite } from '../packages/banner/test/demo-site.ts';
import { measureConsentWrites } from './consent-writes.ts';
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
  console.log(`banner time-to-visible ratio: ${(t.visibleMs / t.baselineLoadMs).toFixed(3)} (lower is better)`);
  const w = await measureConsentWrites();
  const run = (r: typeof w.ledger) => `${r.writesPerSecond.toFixed(0)} writes/s (p50 ${r.p50Ms.toFixed(1)} ms, p99 ${r.p99Ms.toFixed(1)} ms)`;
  console.log(
    `consent ledger on PostgreSQL (${w.concurrency} in flight, ${w.rounds} rounds of ${w.requestsPerRound}, medians): ` +
      `ledger ${run(w.ledger)}; plain INSERT per request ${run(w.baseline)}`,
  );
  console.log(`consent ledger: ${w.meanBatch.toFixed(1)} records per commit on average; ${w.records} records, chain ${w.chainOk ? 'verified' : 'BROKEN'}`);
  if (!w.chainOk) throw new Error('the consent chain did not verify after the benchmark');
  return { metric: 'consent_writes_per_s', value: Math.round(w.ledger.writesPerSecond), baseline: Math.round(w.baseline.writesPerSecond), ratio: w.ledger.writesPerSecond / w.baseline.writesPerSecond };
}
