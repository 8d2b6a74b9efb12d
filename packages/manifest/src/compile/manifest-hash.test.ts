import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadManifest } from '../loader/load-manifest.ts';
import { manifestHash } from './manifest-hash.ts';

const text = readFileSync(new URL('../fixtures/minimal.yaml', import.meta.url), 'utf8');

function hashOf(yaml: string): string {
  const result = loadManifest(yaml);
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return manifestHash(result.manifest);
}

describe('manifestHash', () => {
  it('ignores comments and layout but not content', () => {
    const base = hashOf(text);
    expect(hashOf(`# a comment\n${text}\n\n`)).toBe(base);
    expect(hashOf(text.replace('effectiveDate: 2026-01-01', 'effectiveDate: 2026-02-01'))).not.toBe(base);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
  });
});
