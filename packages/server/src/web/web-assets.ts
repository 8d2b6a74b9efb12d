import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `npm run build -w @pledge/web` writes the privacy center and admin console. */
export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface WebFile {
  body: Buffer;
  contentType: string;
  etag: string;
}

export interface WebAssets {
  /** The app's index.html, or null when the UI is not built. */
  index(): Promise<WebFile | null>;
  /** A file below dist/ by its URL path (`assets/app-1a2b.js`); null for anything missing or outside dist/. */
  file(path: string): Promise<WebFile | null>;
}

/** Reads from disk on each request (the OS caches it): a rebuilt UI is served without a restart. */
export function createWebAssets(distDir: string = DEFAULT_WEB_DIST): WebAssets {
  const root = resolve(distDir);
  const load = async (relative: string): Promise<WebFile | null> => {
    const full = resolve(root, relative);
    // No path traversal: the resolved file must stay inside dist/.
    if (!full.startsWith(root + sep)) return null;
    const type = CONTENT_TYPES[extname(full).toLowerCase()];
    if (!type) return null;
    try {
      if (!(await stat(full)).isFile()) return null;
      const body = await readFile(full);
      return { body, contentType: type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
    } catch {
      return null;
    }
  };
  return {
    index: () => load('index.html'),
    file: (path) => (/^[\w./-]+$/.test(path) && !path.includes('..') ? load(path) : Promise.resolve(null)),
  };
}

/** Shown instead of the app when it is not built: says what to run rather than a bare error. */
export const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Privacy center not available</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1b1f24}code{background:#f1f3f5;padding:.1em .3em;border-radius:4px}</style>
</head><body><main><h1>The privacy center is not available yet</h1>
<p>This server has not been given its web interface. Please try again later.</p>
<p>For the operator: build it with <code>npm run build</code> and reload this page. The API keeps working meanwhile;
the privacy notice is at <a href="/notice">/notice</a>.</p></main></body></html>
`;
