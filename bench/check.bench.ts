// How much `pledge check` (schema validation + every lint rule, with YAML positions) costs over merely parsing the
// same YAML, on the largest example manifest. ratio = check time / parse time (lower is better).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseDocument } from 'yaml';
import { lintManifest, loadManifest } from '@pledge/manifest';
import type { BenchResult } from './run.ts';

const FILE = new URL('../examples/james-pro/pledge.yaml', import.meta.url);

function timeMs(iterations: number, fn: () => void): number {
  for (let i = 0; i < 20; i++) fn(); // warm-up
  const start = performance.now();
  for (let i = 0; i < iterations; i++) fn();
  return (performance.now() - start) / iterations;
}

export async function run(): Promise<BenchResult> {
  const text = readFileSync(FILE, 'utf8');
  const iterations = 300;
  const baseline = timeMs(iterations, () => void parseDocument(text).toJS());
  const value = timeMs(iterations, () => void lintManifest(loadManifest(text, 'pledge.yaml')));
  console.log(`check: ${value.toFixed(3)} ms per manifest (${text.length} bytes); YAML parse alone: ${baseline.toFixed(3)} ms`);
  return { metric: 'ms_per_check', value, baseline, ratio: value / baseline };
}
