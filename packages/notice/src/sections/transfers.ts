import { paragraph, present, table } from '../model/blocks.ts';
import { text } from '../model/inline.ts';
import type { NoticeContext } from '../model/notice-context.ts';
import type { Rich, Section } from '../model/notice-model.ts';
import { SECTION_IDS } from '../model/section-ids.ts';
import { transfersOf, type TransferRow } from '../support/transfers.ts';
import { primaryContact } from './contact-text.ts';

// GDPR Art. 13(1)(f): transfers to third countries, the safeguard, and how to obtain a copy of it.
export function buildTransfersSection(ctx: NoticeContext): Section | undefined {
  const rows = transfersOf(ctx.manifest);
  if (rows.length === 0) return undefined;
  const { t } = ctx;
  const columns = [t['transfers.col.recipient'], t['transfers.col.country'], t['transfers.col.safeguard']];
  return {
    id: SECTION_IDS.transfers,
    heading: t['section.transfers'],
    blocks: present(
      paragraph(ctx.say('transfers.intro')),
      table('transfers-table', t['transfers.caption'], columns, rows.map((row) => [[[text(row.recipient.name, { strong: true })]], [[text(ctx.country(row.country))]], safeguardCell(row, ctx)])),
      rows.some((r) => r.copyAvailable) && paragraph(ctx.say('transfers.copy', { contact: primaryContact(ctx) })),
    ),
  };
}

function safeguardCell(row: TransferRow, ctx: NoticeContext): Rich[] {
  const lines: Rich[] = [[text(row.mechanism ? ctx.t[`mechanism.${row.mechanism}`] : ctx.t['transfers.noSafeguard'])]];
  const note = ctx.local(row.recipient.transfer?.note);
  if (note) lines.push([note]);
  return lines;
}
