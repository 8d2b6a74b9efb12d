import type { NoticeModel } from '../model/notice-model.ts';
import { escapeHtml, safeHref } from './escape.ts';
import { blockHtml } from './html-blocks.ts';
import { noticeStyles } from './html-styles.ts';

/** A complete, standalone, accessible HTML page: one inline stylesheet, no scripts, fonts or other files. */
export function renderHtml(model: NoticeModel): string {
  const { chrome } = model;
  const logo = model.branding.logoUrl
    ? `<img class="notice-logo" src="${escapeHtml(safeHref(model.branding.logoUrl))}" alt="${escapeHtml(chrome.logoAlt)}">\n`
    : '';
  const version = model.version ? ` · ${escapeHtml(chrome.version)} ${model.version.number}` : '';
  const toc = model.sections.map((s) => `<li><a href="#${escapeHtml(s.id)}">${escapeHtml(s.heading)}</a></li>`).join('\n');
  const sections = model.sections
    .map((s) => `<section aria-labelledby="${escapeHtml(s.id)}">\n<h2 id="${escapeHtml(s.id)}">${escapeHtml(s.heading)}</h2>\n${s.blocks.map((b) => blockHtml(b, 3)).join('\n')}\n</section>`)
    .join('\n');
  return `<!doctype html>
<html lang="${model.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${model.title} – ${model.organisation}`)}</title>
<style>
${noticeStyles(model.branding)}
</style>
</head>
<body>
<a class="skip-link" href="#toc">${escapeHtml(chrome.contents)}</a>
<main class="notice" id="top">
<header class="notice-header">
${logo}<h1>${escapeHtml(model.title)}</h1>
<p class="notice-organisation">${escapeHtml(model.organisation)}</p>
<p class="notice-meta">${escapeHtml(chrome.effectiveDate)}: <time datetime="${escapeHtml(model.effectiveDate)}">${escapeHtml(model.effectiveDateText)}</time>${version}</p>
</header>
${model.intro.map((b) => blockHtml(b, 3)).join('\n')}
<nav class="toc" id="toc" aria-labelledby="toc-heading">
<h2 id="toc-heading">${escapeHtml(chrome.contents)}</h2>
<ol>
${toc}
</ol>
</nav>
${sections}
<p class="back-to-top"><a href="#top">${escapeHtml(chrome.backToTop)}</a></p>
</main>
</body>
</html>
`;
}
