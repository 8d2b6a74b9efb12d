import type { Finding } from './finding.ts';

export interface FindingSummary {
  /** Unaccepted errors: these fail `pledge check`. */
  errors: number;
  /** Unaccepted warnings. */
  warnings: number;
  /** Findings covered by the manifest's `accepted` list, of either severity. */
  accepted: number;
}

export function summariseFindings(findings: readonly Finding[]): FindingSummary {
  const summary: FindingSummary = { errors: 0, warnings: 0, accepted: 0 };
  for (const f of findings) {
    if (f.accepted) summary.accepted += 1;
    else if (f.severity === 'error') summary.errors += 1;
    else summary.warnings += 1;
  }
  return summary;
}

/** 0 when no unaccepted error remains, 1 otherwise (warnings never fail the check). */
export function exitCodeFor(findings: readonly Finding[]): 0 | 1 {
  return findings.some((f) => f.severity === 'error' && !f.accepted) ? 1 : 0;
}

/** Orders findings as they appear in the file, then by rule code and path so output is stable. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.location.file.localeCompare(b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    a.rule.localeCompare(b.rule) ||
    a.path.localeCompare(b.path) ||
    a.message.localeCompare(b.message)
  );
}
