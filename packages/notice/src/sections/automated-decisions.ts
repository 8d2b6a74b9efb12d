import { list, paragraph, present } from '../model/blocks.ts';
import { text } from '../model/inline.ts';
import type { NoticeContext } from '../model/notice-context.ts';
import type { Inline, Section } from '../model/notice-model.ts';
import { SECTION_IDS } from '../model/section-ids.ts';

// GDPR Art. 13(2)(f) and Art. 22: whether decisions are made solely by automated means, the logic involved, and review.
export function buildAutomatedDecisionsSection(ctx: NoticeContext): Section {
  const { stances, purposes, rights } = ctx.manifest;
  const automated = purposes.filter((p) => p.automatedDecision);
  const used = stances.automatedDecisionMaking.used || automated.length > 0;
  const description = ctx.local(stances.automatedDecisionMaking.description);
  const review = Object.values(rights.offered).some((r) => r?.includes('automated_decision_review'));
  const items = automated.map((p): Inline[] => {
    const what = ctx.local(p.description);
    return what ? [ctx.purposeName(p.id), text(': '), what] : [ctx.purposeName(p.id)];
  });
  return {
    id: SECTION_IDS.automated,
    heading: ctx.t['section.automated'],
    blocks: used
      ? present(
          paragraph(ctx.say('automated.used')),
          items.length > 0 && list(items),
          description !== undefined && paragraph([description]),
          review && paragraph(ctx.say('automated.review')),
        )
      : [paragraph(ctx.say('automated.none'))],
  };
}
