// Test-only: the demo shop's manifest, loaded and validated once.
import { readFileSync } from 'node:fs';
import { loadManifest, type Manifest } from '@pledge/manifest';
import type { DatasetSpec } from '../connector.ts';

const FILE = new URL('../../demo-shop/demo-shop.pledge.yaml', import.meta.url);

export function loadDemoShopManifest(): Manifest {
  const result = loadManifest(readFileSync(FILE, 'utf8'), FILE.pathname);
  if (!result.ok) throw new Error(`demo-shop.pledge.yaml is invalid: ${result.findings.map((f) => f.message).join('; ')}`);
  return result.manifest;
}

export function demoDataset(manifest: Manifest, id: string): DatasetSpec {
  const dataset = manifest.systems.flatMap((s) => s.datasets).find((d) => d.id === id);
  if (!dataset) throw new Error(`no dataset ${id} in the demo manifest`);
  return dataset;
}

/** A 32-byte test secret for `hash`. */
export const TEST_HASH_SECRET = '7e'.repeat(32);
