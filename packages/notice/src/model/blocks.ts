import type { Block, Cell, ListBlock, ParagraphBlock, Rich, SubsectionBlock, TableBlock } from './notice-model.ts';

export const paragraph = (content: Rich): ParagraphBlock => ({ kind: 'paragraph', content });
export const list = (items: readonly Rich[]): ListBlock => ({ kind: 'list', items });
export const subsection = (id: string, heading: string, blocks: readonly Block[]): SubsectionBlock => ({ kind: 'subsection', id, heading, blocks });
export const table = (id: string, caption: string, columns: readonly string[], rows: readonly (readonly Cell[])[]): TableBlock => ({
  kind: 'table',
  id,
  caption,
  columns,
  rows,
});

/** Leaves out blocks a builder decided not to show. */
export const present = (...blocks: Array<Block | false | undefined>): Block[] => blocks.filter((b): b is Block => Boolean(b));
