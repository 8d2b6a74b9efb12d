import type { RecordsOfProcessing } from './records-types.ts';

/** RFC 4180 §2(6)-(7): fields with commas, quotes or line breaks are quoted, and quotes inside are doubled. */
export function csvField(value: string): string {
  // A cell starting with = + - @ (or tab/CR) is run as a formula by spreadsheet programs (OWASP "CSV injection"):
  // manifest text is not trusted to be harmless, so such a cell is prefixed with an apostrophe.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The records as RFC 4180 CSV: a header row of column labels, CRLF line endings (§2(1)). */
export function recordsToCsv(records: RecordsOfProcessing): string {
  const lines = [records.columns.map((c) => csvField(c.label)), ...records.rows.map((row) => records.columns.map((c) => csvField(row[c.key] ?? '')))];
  return `${lines.map((fields) => fields.join(',')).join('\r\n')}\r\n`;
}
