import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** Where `npm run build` (packages/banner/build/build-banner.ts) writes pledge.js and pledge.css. */
export const BANNER_DIST_DIR = fileURLToPath(new URL('../../../banner/dist/', import.meta.url));

export const BANNER_FILES = { 'pledge.js': 'text/javascript; charset=utf-8', 'pledge.css': 'text/css; charset=utf-8' } as const;
export type BannerFile = keyof typeof BANNER_FILES;

export interface BannerAsset {
  body: Buffer;
  contentType: string;
  /** SHA-256 of the content, hex: the ETag, and the `?v=` that makes a URL immutable. */
  sha256: string;
}

/**
 * Reads each built file once and keeps it for the life of the process (a new build means a new deploy).
 * A missing file is looked for again on the next request, so building after start works.
 */
export function createBannerAssets(dir: string = BANNER_DIST_DIR): (file: BannerFile) => Promise<BannerAsset | undefined> {
  const cache = new Map<BannerFile, BannerAsset>();
  return async (file) => {
    const cached = cache.get(file);
    if (cached) return cached;
    let body: Buffer;
    try {
      body = await readFile(dir + file);
    } catch {
      return undefined;
    }
    const asset = { body, contentType: BANNER_FILES[file], sha256: createHash('sha256').update(body).digest('hex') };
    cache.set(file, asset);
    return asset;
  };
}
