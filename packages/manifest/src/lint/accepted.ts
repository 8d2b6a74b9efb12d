import type { PositionIndex } from '../loader/yaml-positions.ts';
import type { Manifest } from '../schema/manifest.ts';
import type { Finding } from './finding.ts';

export const UNMATCHED_ACCEPTANCE_RULE = 'PLG100';

type Acceptance = Manifest['accepted'][number];

/** Whether `path` is the accepted path or lies below it (`purposes[2]` covers `purposes[2].lawfulBasis.gdpr`). */
export function pathCovers(prefix: string, path: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

function covers(entry: Acceptance, finding: Finding): boolean {
  return entry.rule === finding.rule && (entry.path === undefined || pathCovers(entry.path, finding.path));
}

/**
 * Marks the findings the manifest's `accepted` list covers, and adds a warning for every entry that covers
 * nothing: a stale acceptance would otherwise silently hide the next, different finding of that rule.
 */
export function applyAcceptances(findings: readonly Finding[], accepted: readonly Acceptance[], positions: PositionIndex): Finding[] {
  const used = new Set<number>();
  const marked = findings.map((finding) => {
    const index = accepted.findIndex((entry) => covers(entry, finding));
    if (index < 0) return finding;
    used.add(index);
    return { ...finding, accepted: { reason: (accepted[index] as Acceptance).reason } };
  });
  accepted.forEach((entry, index) => {
    if (used.has(index)) return;
    const path = ['accepted', index];
    const where = entry.path ? ` at "${entry.path}"` : '';
    marked.push({
      rule: UNMATCHED_ACCEPTANCE_RULE,
      severity: 'warning',
      message: `The acceptance of ${entry.rule}${where} matches no finding; remove it so it cannot hide a future problem.`,
      path: `accepted[${index}]`,
      location: positions.positionOf(path),
    });
  });
  return marked;
}
