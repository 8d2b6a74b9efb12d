import type { Block, Cell, TableBlock } from '../model/notice-model.ts';
import { escapeHtml } from './escape.ts';
import { richHtml } from './html-inline.ts';

/** A block as HTML; subsections nest one heading level below their section. */
export function blockHtml(block: Block, level: number): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${richHtml(block.content)}</p>`;
    case 'list':
      return `<ul>\n${block.items.map((item) => `<li>${richHtml(item)}</li>`).join('\n')}\n</ul>`;
    case 'table':
      return tableHtml(block);
    case 'subsection': {
      const h = `h${Math.min(level, 6)}`;
      const inner = block.blocks.map((b) => blockHtml(b, level + 1)).join('\n');
      return `<section class="subsection" aria-labelledby="${escapeHtml(block.id)}">\n<${h} id="${escapeHtml(block.id)}">${escapeHtml(block.heading)}</${h}>\n${inner}\n</section>`;
    }
  }
}

const cellHtml = (cell: Cell): string => cell.map(richHtml).join('<br>');

/**
 * A captioned table in a focusable, labelled scroll region, so it scrolls sideways on a phone instead of squeezing
 * the page (WCAG 2.2 SC 1.4.10 reflow); header cells carry `scope` (SC 1.3.1).
 */
function tableHtml(table: TableBlock): string {
  const id = escapeHtml(table.id);
  const head = table.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const rows = table.rows
    .map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${cellHtml(cell)}</th>` : `<td>${cellHtml(cell)}</td>`)).join('')}</tr>`)
    .join('\n');
  return [
    `<div class="table-wrap" role="region" aria-labelledby="${id}-caption" tabindex="0">`,
    `<table id="${id}">`,
    `<caption id="${id}-caption">${escapeHtml(table.caption)}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>\n${rows}\n</tbody>`,
    '</table>',
    '</div>',
  ].join('\n');
}
