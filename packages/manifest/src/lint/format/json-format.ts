import type { Finding } from '../finding.ts';
import { summariseFindings, type FindingSummary } from '../summary.ts';

/** The stable JSON report: additive changes only. */
export interface JsonReport {
  findings: Finding[];
  summary: FindingSummary & { exitCode: 0 | 1 };
}

export function toJsonReport(findings: readonly Finding[]): JsonReport {
  const summary = summariseFindings(findings);
  return {
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      path: f.path,
      location: { file: f.location.file, line: f.location.line, column: f.location.column },
      ...(f.accepted ? { accepted: { reason: f.accepted.reason } } : {}),
    })),
    summary: { ...summary, exitCode: summary.errors > 0 ? 1 : 0 },
  };
}

export function formatJson(findings: readonly Finding[]): string {
  return `${JSON.stringify(toJsonReport(findings), null, 2)}\n`;
}
