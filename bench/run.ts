// `npm run bench` runs every benchmark; `npm run bench -- <name>` runs one (bench/<name>.bench.ts).
// Each benchmark measures Pledge and a raw baseline in the same run and ends with one line:
//   BENCH <name> <metric>=<value> baseline=<value> ratio=<value>
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface BenchResult {
  metric: string;
  value: number;
  baseline: number;
  /** value / baseline, or baseline / value when higher is better; documented by each benchmark. */
  ratio: number;
}

const dir = fileURLToPath(new URL('.', import.meta.url));
const available = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).map((f) => f.replace(/\.bench\.ts$/, '')).sort();
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !available.includes(w));
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(', ')}; available: ${available.join(', ')}`);
  process.exit(2);
}
for (const name of wanted.length > 0 ? wanted : available) {
  const mod = (await import(`./${name}.bench.ts`)) as { run: () => Promise<BenchResult> };
  const r = await mod.run();
  console.log(`BENCH ${name} ${r.metric}=${fmt(r.value)} baseline=${fmt(r.baseline)} ratio=${fmt(r.ratio)}`);
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toPrecision(4);
}
