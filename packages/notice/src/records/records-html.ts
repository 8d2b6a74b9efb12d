import { escapeHtml } from '../render/escape.ts';
import type { RecordsOfProcessing } from './records-types.ts';

/** The records as a standalone HTML page with one wide, scrollable, printable table. */
export function recordsToHtml(records: RecordsOfProcessing): string {
  const head = records.columns.map((c) => `<th scope="col">${escapeHtml(c.label)}</th>`).join('');
  const body = records.rows
    .map((row) => `<tr>${records.columns.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(row[c.key] ?? '')}</th>` : `<td>${escapeHtml(row[c.key] ?? '')}</td>`)).join('')}</tr>`)
    .join('\n');
  const title = `${records.title} – ${records.organisation}`;
  return `<!doctype html>
<html lang="${records.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { margin: 1.5rem; font: 0.9rem/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; }
.wrap { overflow-x: auto; }
table { border-collapse: collapse; min-width: 100%; }
caption { text-align: left; font-size: 1.25rem; font-weight: 600; padding-bottom: .75rem; }
th, td { border: 1px solid #d0d7de; padding: .4rem .6rem; text-align: left; vertical-align: top; min-width: 10rem; }
thead th { background: #f6f8fa; position: sticky; top: 0; }
@media print { body { margin: 0; font-size: 7.5pt; } .wrap { overflow: visible; } th, td { min-width: 0; } @page { size: A4 landscape; } }
</style>
</head>
<body>
<div class="wrap" role="region" aria-labelledby="records-caption" tabindex="0">
<table>
<caption id="records-caption">${escapeHtml(title)}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</div>
</body>
</html>
`;
}
