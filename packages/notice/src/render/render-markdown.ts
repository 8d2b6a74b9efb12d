import type { Block, Cell, Inline, NoticeModel, Rich, TableBlock } from '../model/notice-model.ts';
import { escapeMarkdown, safeHref } from './escape.ts';

/** The notice as CommonMark with GFM tables; anchors keep the HTML version's section ids. */
export function renderMarkdown(model: NoticeModel): string {
  const { chrome } = model;
  const version = model.version ? ` · ${escapeMarkdown(chrome.version)} ${model.version.number}` : '';
  const out: string[] = [
    `# ${escapeMarkdown(model.title)}`,
    `**${escapeMarkdown(model.organisation)}** · ${escapeMarkdown(chrome.effectiveDate)}: ${escapeMarkdown(model.effectiveDateText)}${version}`,
    ...model.intro.map((b) => blockMd(b, 3)),
    `## ${escapeMarkdown(chrome.contents)}`,
    model.sections.map((s, i) => `${i + 1}. [${escapeMarkdown(s.heading)}](#${s.id})`).join('\n'),
  ];
  for (const section of model.sections) {
    out.push(`<a id="${section.id}"></a>\n## ${escapeMarkdown(section.heading)}`, ...section.blocks.map((b) => blockMd(b, 3)));
  }
  return `${out.join('\n\n')}\n`;
}

function inlineMd(inline: Inline): string {
  const body = escapeMarkdown(inline.text);
  if (inline.kind === 'link') {
    // A link the page script handles (reopening the banner) means nothing in a Markdown file: name the control instead.
    if (inline.action === 'open-consent') return `**${body}**`;
    return `[${body}](${safeHref(inline.href).replace(/[()\s]/g, (c) => encodeURIComponent(c))})`;
  }
  return inline.strong ? `**${body}**` : body;
}

const richMd = (rich: Rich): string => rich.map(inlineMd).join('');

function blockMd(block: Block, level: number): string {
  switch (block.kind) {
    case 'paragraph':
      return richMd(block.content);
    case 'list':
      return block.items.map((item) => `- ${richMd(item)}`).join('\n');
    case 'table':
      return tableMd(block);
    case 'subsection':
      return [`${'#'.repeat(Math.min(level, 6))} ${escapeMarkdown(block.heading)}`, ...block.blocks.map((b) => blockMd(b, level + 1))].join('\n\n');
  }
}

const cellMd = (cell: Cell): string => cell.map(richMd).join('<br>');

function tableMd(table: TableBlock): string {
  const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [
    `*${escapeMarkdown(table.caption)}*`,
    '',
    row(table.columns.map(escapeMarkdown)),
    row(table.columns.map(() => '---')),
    ...table.rows.map((r) => row(r.map(cellMd))),
  ].join('\n');
}
