const UNITS: ReadonlyArray<[string, string]> = [['Y', 'year'], ['M', 'month'], ['W', 'week'], ['D', 'day']];

/** `P1Y6M` → `1 year 6 months`, for messages. */
export function describeDuration(iso: string): string {
  const parts: string[] = [];
  for (const [unit, word] of UNITS) {
    const match = new RegExp(`(\\d+)${unit}`).exec(iso.slice(1));
    if (match) parts.push(`${match[1]} ${word}${match[1] === '1' ? '' : 's'}`);
  }
  return parts.length > 0 ? parts.join(' ') : iso;
}
