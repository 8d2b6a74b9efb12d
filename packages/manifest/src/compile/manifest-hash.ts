import { createHash } from 'node:crypto';
import type { Manifest } from '../schema/manifest.ts';
import { canonicalJson } from './canonical-json.ts';

/** SHA-256 (hex) of the validated manifest in canonical JSON: the same declarations give the same hash, whatever the YAML layout. */
export function manifestHash(manifest: Manifest): string {
  const { $schema: _ignored, ...declared } = manifest;
  return createHash('sha256').update(canonicalJson(declared)).digest('hex');
}
