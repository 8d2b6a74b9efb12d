import type { Finding } from '../finding.ts';
import { summariseFindings } from '../summary.ts';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `file:line:col  error  PLG123  message`, one finding a line, then a summary line. */
export function formatText(findings: readonly Finding[]): string {
  const lines = findings.map((f) => {
    const where = `${f.location.file}:${f.location.line}:${f.location.column}`;
    const level = f.accepted ? 'accepted' : f.severity;
    const tail = f.accepted ? `  (accepted: ${f.accepted.reason})` : '';
    return `${where}  ${level}  ${f.rule}  ${f.message}${tail}`;
  });
  const s = summariseFindings(findings);
  const summary =
    findings.length === 0
      ? 'No problems found.'
      : `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${s.accepted} accepted.`;
  return `${[...lines, ...(lines.length > 0 ? [''] : []), summary].join('\n')}\n`;
}
