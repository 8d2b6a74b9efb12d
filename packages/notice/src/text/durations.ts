import type { Messages } from '../messages/en.ts';

type Unit = 'year' | 'month' | 'week' | 'day';
const UNITS: ReadonlyArray<[RegExp, Unit]> = [[/(\d+)Y/, 'year'], [/(\d+)M/, 'month'], [/(\d+)W/, 'week'], [/(\d+)D/, 'day']];

/** The parts of an ISO 8601 duration in years, months, weeks and days (the subset the schema allows). */
export function durationParts(iso: string): Array<{ n: number; unit: Unit }> {
  const parts: Array<{ n: number; unit: Unit }> = [];
  for (const [pattern, unit] of UNITS) {
    const match = pattern.exec(iso.slice(1));
    if (match) parts.push({ n: Number(match[1]), unit });
  }
  return parts;
}

/**
 * A duration in plain words: `P7Y` → "7 years" / "7 jaar" / "7 Jahre", `P1Y6M` → "1 year and 6 months",
 * `session` → "until you close your browser". Unknown shapes are returned as written rather than hidden.
 */
export function plainDuration(iso: string, t: Messages, joinWords: (items: string[]) => string): string {
  if (iso === 'session') return t['duration.session'];
  const parts = durationParts(iso);
  if (parts.length === 0) return iso;
  return joinWords(parts.map(({ n, unit }) => t[`unit.${unit}.${n === 1 ? 'one' : 'other'}`].replace('{n}', String(n))));
}
