// The proof export as one self-contained, printable HTML page ("PDF-ready": print it to PDF from any browser).
// Everything in it is escaped; it loads nothing, so it can be archived and opened offline.
import type { ConsentProof, ProvenRecord } from './consent-reports.ts';

const escapeHtml = (value: unknown): string =>
  String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `body{font:12px/1.45 system-ui,sans-serif;color:#111;margin:24px}h1{font-size:20px;margin:0 0 4px}
h2{font-size:14px;margin:18px 0 6px;break-after:avoid}table{border-collapse:collapse;width:100%;margin-bottom:8px;break-inside:avoid}
th,td{border:1px solid #bbb;padding:3px 6px;text-align:left;vertical-align:top}th{background:#f2f2f2;width:28%}
code{font:11px ui-monospace,monospace;word-break:break-all}.ok{color:#065f46}.bad{color:#b91c1c;font-weight:600}
@page{size:A4;margin:16mm}@media print{body{margin:0}}`;

const choicesText = (choices: Record<string, boolean>): string =>
  Object.entries(choices)
    .map(([id, granted]) => `${id}: ${granted ? 'granted' : 'refused'}`)
    .join(', ') || '—';

function recordTable(r: ProvenRecord): string {
  const rows: Array<[string, string]> = [
    ['Receipt', `<code>${escapeHtml(r.receipt)}</code>`],
    ['Recorded at (UTC)', escapeHtml(r.recordedAt)],
    ['How', `${escapeHtml(r.method)} by ${escapeHtml(r.actor)}${r.reason ? ` — ${escapeHtml(r.reason)}` : ''}`],
    ['Categories', escapeHtml(choicesText(r.choices))],
    ['Vendors', escapeHtml(choicesText(r.vendors))],
    ['Consent Mode sent', escapeHtml(Object.entries(r.consentMode).map(([k, v]) => `${k}=${v}`).join(', '))],
    ['Shown', `notice version ${escapeHtml(r.noticeVersion)}, banner texts <code>${escapeHtml(r.textVersion)}</code>, language ${escapeHtml(r.language)}`],
    ['Where', `site ${escapeHtml(r.site ?? '—')}, origin ${escapeHtml(r.origin ?? '— (server)')}, region ${escapeHtml(r.region ?? 'unknown')}`],
    ['Signals', `GPC in banner: ${r.gpc ? 'yes' : 'no'}; Sec-GPC header: ${r.gpcHeader ? 'yes' : 'no'}; DNT: ${r.dnt ? 'yes' : 'no'}${r.test ? '; TEST MODE (not evidence)' : ''}`],
    ['Chain', `seq ${r.seq}; previous hash <code>${escapeHtml(r.prevHash)}</code>; hash <code>${escapeHtml(r.hash)}</code>`],
    ['Hash check', r.hashValid ? '<span class="ok">matches the content</span>' : '<span class="bad">DOES NOT match the content</span>'],
  ];
  if (r.erased) rows.push(['Personal columns', 'erased (account id, IP prefix, user-agent hash); the evidence above is unaffected']);
  return `<h2>Record ${r.seq}</h2><table>${rows.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('')}</table>`;
}

export function renderConsentProofHtml(proof: ConsentProof): string {
  const chain = proof.chain.ok
    ? `<p class="ok">The whole ledger verified: ${proof.chain.checked} records, each linked to the one before by SHA-256${
        proof.chain.head ? `; head seq ${proof.chain.head.seq}, hash <code>${escapeHtml(proof.chain.head.hash)}</code>` : ''
      }.</p>`
    : `<p class="bad">The ledger is BROKEN at record ${proof.chain.firstBroken.seq}: ${escapeHtml(proof.chain.firstBroken.reason)}.</p>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Consent proof ${escapeHtml(proof.subjectKey.slice(0, 12))}</title>
<style>${STYLE}</style></head><body>
<h1>Consent proof</h1>
<p>Subject key (SHA-256 of the subject id) <code>${escapeHtml(proof.subjectKey)}</code>. Generated ${escapeHtml(proof.generatedAt)}.
${proof.records.length} record(s). Each hash is SHA-256 over the record's canonical JSON (RFC 8785 key order) without personal
columns; see docs/consent-ledger.md to recompute it.</p>
${chain}
${proof.records.map(recordTable).join('\n') || '<p>No records for this subject.</p>'}
</body></html>
`;
}
