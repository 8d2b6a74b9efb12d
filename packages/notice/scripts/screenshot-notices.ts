// Renders each example's HTML notice in headless Chromium at desktop and phone width and saves
// docs/screenshots/notice-<example>-<lang>[-mobile].png. Test support, not part of the unit suite:
//   npx tsx packages/notice/scripts/screenshot-notices.ts [example ...]
// Needs Debian's chromium at /usr/bin/chromium (apt-get install -y chromium) and the playwright-core devDependency.
import { mkdirSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { loadManifest } from '@pledge/manifest';
import { renderNotice } from '@pledge/notice';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const OUT = `${ROOT}docs/screenshots`;
const VIEWPORTS = [
  { suffix: '', width: 1280, height: 900, deviceScaleFactor: 1, isMobile: false },
  { suffix: '-mobile', width: 390, height: 844, deviceScaleFactor: 1, isMobile: true },
] as const;
/** The top of the page (header, contents, the first sections and tables) keeps the images reviewable and small. */
const MAX_HEIGHT = 3200;

const wanted = process.argv.slice(2);
const examples = readdirSync(`${ROOT}examples`)
  .filter((name) => existsSync(`${ROOT}examples/${name}/pledge.yaml`) && (wanted.length === 0 || wanted.includes(name)))
  .sort();

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const name of examples) {
    const result = loadManifest(readFileSync(`${ROOT}examples/${name}/pledge.yaml`, 'utf8'), `examples/${name}/pledge.yaml`);
    if (!result.ok) {
      console.error(`examples/${name}/pledge.yaml does not validate; skipped`);
      continue;
    }
    for (const lang of result.manifest.notice.languages) {
      const html = renderNotice(result.manifest, { lang, format: 'html' });
      for (const viewport of VIEWPORTS) {
        const { suffix, ...options } = viewport;
        const context = await browser.newContext({ viewport: { width: options.width, height: options.height }, deviceScaleFactor: options.deviceScaleFactor, isMobile: options.isMobile });
        const page = await context.newPage();
        // The notice loads nothing from elsewhere; block the network anyway so a regression cannot slip through.
        await page.route('**/*', (route) => route.abort());
        await page.setContent(html, { waitUntil: 'load' });
        const file = `${OUT}/notice-${name}-${lang}${suffix}.png`;
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width: options.width, height: Math.min(height, MAX_HEIGHT) } });
        console.log(`wrote ${file.slice(ROOT.length)}`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
}
