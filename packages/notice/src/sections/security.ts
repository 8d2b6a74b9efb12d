import { list, paragraph, present } from '../model/blocks.ts';
import { text } from '../model/inline.ts';
import type { NoticeContext } from '../model/notice-context.ts';
import type { Section } from '../model/notice-model.ts';
import { SECTION_IDS } from '../model/section-ids.ts';

// GDPR Art. 32 (measures) and Art. 33-34 (breach notification).
export function buildSecuritySection(ctx: NoticeContext): Section {
  const { security } = ctx.manifest;
  const description = ctx.local(security.description);
  return {
    id: SECTION_IDS.security,
    heading: ctx.t['section.security'],
    blocks: present(
      paragraph(ctx.say('security.intro')),
      list(security.measures.map((m) => [text(ctx.t[`measure.${m}`])])),
      description !== undefined && paragraph([description]),
      security.breachProcedure && paragraph(ctx.say('security.breach')),
    ),
  };
}
