import type { Language } from '@pledge/manifest';
import { messagesFor, type SubprocessorEntry } from '@pledge/notice';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** The sub-processor list (GDPR Art. 28(2), (4)) as a standalone page; wording from the notice's catalogues. */
export function subprocessorsToHtml(entries: readonly SubprocessorEntry[], organisation: string, lang: Language): string {
  const t = messagesFor(lang);
  const columns = [t['recipients.col.name'], t['recipients.col.service'], t['purposes.col.purpose'], t['transfers.col.country'], t['transfers.col.safeguard']];
  const head = columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const rows = entries
    .map((e) => {
      const cells = [e.service, e.purposes.join(', '), e.country, e.safeguard].map((c) => `<td>${escapeHtml(c)}</td>`).join('');
      return `<tr><th scope="row">${escapeHtml(e.name)}</th>${cells}</tr>`;
    })
    .join('\n');
  const title = `${t['records.col.subProcessors']} – ${organisation}`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { margin: 1.5rem; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; }
.wrap { overflow-x: auto; }
table { border-collapse: collapse; min-width: 100%; }
caption { text-align: left; font-size: 1.25rem; font-weight: 600; padding-bottom: .75rem; }
th, td { border: 1px solid #d0d7de; padding: .4rem .6rem; text-align: left; vertical-align: top; }
thead th { background: #f6f8fa; }
tbody th { font-weight: 600; }
</style>
</head>
<body>
<div class="wrap" role="region" aria-labelledby="caption" tabindex="0">
<table>
<caption id="caption">${escapeHtml(title)}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>
</body>
</html>
`;
}
