import { JURISDICTIONS, type Manifest } from '@pledge/manifest';
import { paragraph, present, table } from '../model/blocks.ts';
import { text } from '../model/inline.ts';
import type { NoticeContext } from '../model/notice-context.ts';
import type { Cell, Rich, Section } from '../model/notice-model.ts';
import { SECTION_IDS } from '../model/section-ids.ts';

type Purpose = Manifest['purposes'][number];

// GDPR Art. 13(1)(c)-(d): the purposes and the legal basis of each, with the legitimate interest pursued.
export function buildPurposesSection(ctx: NoticeContext): Section {
  const { t } = ctx;
  const rows = ctx.manifest.purposes.map((p) => [purposeCell(p, ctx), dataCell(p, ctx), basisCell(p, ctx)]);
  const offersObjection = Object.values(ctx.manifest.rights.offered).some((rights) => rights?.includes('objection'));
  const usesInterest = ctx.manifest.purposes.some((p) => Object.values(p.lawfulBasis).some((b) => b?.basis === 'legitimate_interest'));
  return {
    id: SECTION_IDS.purposes,
    heading: t['section.purposes'],
    blocks: present(
      paragraph(ctx.say('purposes.intro')),
      table('purposes-table', t['purposes.caption'], [t['purposes.col.purpose'], t['purposes.col.data'], t['purposes.col.basis']], rows),
      offersObjection && usesInterest && paragraph(ctx.say('purposes.objection', { section: t['section.rights'] })),
    ),
  };
}

function purposeCell(p: Purpose, ctx: NoticeContext): Cell {
  const lines: Rich[] = [[{ ...ctx.purposeName(p.id), strong: true }]];
  const description = ctx.local(p.description);
  if (description) lines.push([description]);
  if (p.profiling) lines.push(ctx.say('purposes.profiling'));
  if (p.automatedDecision) lines.push(ctx.say('purposes.automated', { section: ctx.t['section.automated'] }));
  return lines;
}

function dataCell(p: Purpose, ctx: NoticeContext): Cell {
  return [ctx.listRich(p.categories.map((id) => [ctx.category(id)]))];
}

function basisCell(p: Purpose, ctx: NoticeContext): Cell {
  const lines: Rich[] = [];
  const declared = JURISDICTIONS.filter((j) => p.lawfulBasis[j] !== undefined);
  for (const j of declared) {
    const basis = p.lawfulBasis[j]!;
    const name = ctx.t[`basis.${basis.basis}`];
    lines.push(declared.length > 1 || ctx.manifest.jurisdictions.length > 1 ? ctx.say('purposes.basisIn', { jurisdiction: ctx.t[`jurisdiction.${j}`], basis: name }) : [text(name)]);
    const balancing = ctx.local(basis.balancing);
    if (balancing) lines.push(ctx.say('purposes.balancing', { text: balancing }));
    const reference = ctx.citation(basis.legalReference);
    if (reference) lines.push(ctx.say('purposes.legalReference', { text: reference }));
  }
  if (p.specialCategoryCondition) lines.push(ctx.say('purposes.art9', { condition: ctx.t[`art9.${p.specialCategoryCondition}`] }));
  // GDPR Art. 7(3): withdrawing consent must be as easy as giving it, and the notice says how (Art. 13(2)(c)).
  if (p.consent && declared.some((j) => p.lawfulBasis[j]?.basis === 'consent')) {
    lines.push(ctx.say('purposes.withdraw', { ways: ctx.words(p.consent.withdrawVia.map((w) => ctx.t[`withdraw.${w}`])) }));
  }
  return lines;
}
