// Builds dist/pledge.js (IIFE, minified, CSS inlined for constructable stylesheets) and dist/pledge.css (the <link>
// fallback), measures the gzip size with node:zlib and fails over budget. `npm run build` runs this file.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';

/** Core banner budget: JS and CSS together (the CSS is inside the JS), gzip. */
export const BUDGET_BYTES = 8 * 1024;

const ROOT = new URL('../', import.meta.url);
export const DIST_DIR = fileURLToPath(new URL('dist/', ROOT));

export interface BannerBuild {
  js: string;
  css: string;
  /** gzip -9 bytes of dist/pledge.js, which carries the CSS: the number the budget applies to. */
  gzipBytes: number;
  cssGzipBytes: number;
  budgetBytes: number;
}

export class BudgetExceededError extends Error {}

const gzipBytes = (text: string): number => gzipSync(Buffer.from(text), { level: 9 }).length;

export async function buildBanner(options: { write?: boolean; budgetBytes?: number } = {}): Promise<BannerBuild> {
  const budgetBytes = options.budgetBytes ?? BUDGET_BYTES;
  const cssSource = readFileSync(new URL('src/styles.css', ROOT), 'utf8');
  const css = (await transform(cssSource, { loader: 'css', minify: true })).code.trim();
  const result = await build({
    entryPoints: [fileURLToPath(new URL('src/index.ts', ROOT))],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    legalComments: 'none',
    write: false,
    plugins: [
      {
        name: 'minified-css-as-text',
        setup(b) {
          // A plain ES module (not the `text` loader, whose CommonJS interop helpers cost bytes).
          b.onLoad({ filter: /\.css$/ }, () => ({ contents: `export default ${JSON.stringify(css)}`, loader: 'js' }));
        },
      },
    ],
  });
  const js = result.outputFiles[0]!.text;
  const report: BannerBuild = { js, css, gzipBytes: gzipBytes(js), cssGzipBytes: gzipBytes(css), budgetBytes };
  if (options.write !== false) {
    mkdirSync(DIST_DIR, { recursive: true });
    writeFileSync(DIST_DIR + 'pledge.js', js);
    writeFileSync(DIST_DIR + 'pledge.css', css);
  }
  if (report.gzipBytes > budgetBytes) {
    throw new BudgetExceededError(`dist/pledge.js is ${report.gzipBytes} bytes gzip, over the ${budgetBytes}-byte budget`);
  }
  return report;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildBanner().then(
    (r) => console.log(`dist/pledge.js ${r.js.length} B, ${r.gzipBytes} B gzip (budget ${r.budgetBytes} B, CSS inside: ${r.css.length} B, ${r.cssGzipBytes} B gzip)`),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
