import { JURISDICTIONS, type Manifest } from '@pledge/manifest';
import { paragraph, present } from '../model/blocks.ts';
import type { NoticeContext } from '../model/notice-context.ts';
import type { Block, Inline, Section } from '../model/notice-model.ts';
import { SECTION_IDS } from '../model/section-ids.ts';

type Purpose = Manifest['purposes'][number];

// GDPR Art. 21(2)-(4) and ePrivacy Directive Art. 13: marketing by channel, and how to stop it.
export function buildMarketingSection(ctx: NoticeContext): Section | undefined {
  const marketing = ctx.manifest.purposes.filter((p) => p.marketing);
  if (marketing.length === 0) return undefined;
  const objection = Object.values(ctx.manifest.rights.offered).some((r) => r?.includes('objection_direct_marketing'));
  return {
    id: SECTION_IDS.marketing,
    heading: ctx.t['section.marketing'],
    blocks: [
      ...marketing.flatMap((p) => purposeBlocks(p, ctx)),
      ...present(objection && paragraph(ctx.say('marketing.object')), paragraph(ctx.say('marketing.transactional'))),
    ],
  };
}

function purposeBlocks(p: Purpose, ctx: NoticeContext): Block[] {
  const purpose = ctx.purposeName(p.id);
  const first: Inline[] =
    p.channels.length > 0
      ? ctx.say('marketing.purpose', { purpose, channels: ctx.words(p.channels.map((c) => ctx.t[`channel.${c}`])) })
      : ctx.say('marketing.purposeNoChannel', { purpose });
  const bases = [...new Set(JURISDICTIONS.map((j) => p.lawfulBasis[j]?.basis).filter((b) => b !== undefined))];
  if (bases.length > 0) first.push({ kind: 'text', text: ' ' }, ...ctx.say('marketing.basis', { basis: ctx.words(bases.map((b) => ctx.t[`basis.${b}`])) }));
  if (p.consent) {
    first.push({ kind: 'text', text: ' ' }, ...ctx.say('marketing.optOut', { ways: ctx.words(p.consent.withdrawVia.map((w) => ctx.t[`withdraw.${w}`])) }));
  }
  return [paragraph(first)];
}
