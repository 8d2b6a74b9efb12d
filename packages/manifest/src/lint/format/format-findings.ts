import type { Finding } from '../finding.ts';
import { formatJson } from './json-format.ts';
import { formatSarif, type SarifOptions } from './sarif-format.ts';
import { formatText } from './text-format.ts';

export type ReportFormat = 'text' | 'json' | 'sarif';

/** Renders findings in the format `pledge check --format` asks for. */
export function formatFindings(findings: readonly Finding[], format: ReportFormat, options: SarifOptions = {}): string {
  switch (format) {
    case 'json':
      return formatJson(findings);
    case 'sarif':
      return formatSarif(findings, options);
    default:
      return formatText(findings);
  }
}
