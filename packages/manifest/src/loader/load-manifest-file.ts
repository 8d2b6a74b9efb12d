import { readFile } from 'node:fs/promises';
import { loadManifest, type LoadResult } from './load-manifest.ts';

/** Raised when the manifest file itself cannot be read (exit code 2 in the CLI), as opposed to being invalid. */
export class ManifestReadError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(`cannot read ${file}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

export async function loadManifestFile(file: string): Promise<LoadResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new ManifestReadError(file, cause);
  }
  return loadManifest(text, file);
}
