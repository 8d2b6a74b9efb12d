import { JURISDICTIONS } from '@pledge/manifest';
import { list, paragraph } from '../model/blocks.ts';
import { link, text } from '../model/inline.ts';
import type { NoticeContext } from '../model/notice-context.ts';
import type { Section } from '../model/notice-model.ts';
import { SECTION_IDS } from '../model/section-ids.ts';

// GDPR Art. 13(2)(d) and Art. 77: the right to lodge a complaint, with the authority named per regime.
export function buildComplaintsSection(ctx: NoticeContext): Section | undefined {
  const authorities = ctx.manifest.rights.complaintAuthorities;
  const entries = JURISDICTIONS.flatMap((j) => {
    const a = authorities[j];
    if (a === undefined) return [];
    const authority = a.url === undefined ? text(a.name) : link(a.url, a.name);
    return [ctx.say('complaints.entry', { jurisdiction: ctx.t[`jurisdiction.${j}`], authority })];
  });
  if (entries.length === 0) return undefined;
  return { id: SECTION_IDS.complaints, heading: ctx.t['section.complaints'], blocks: [paragraph(ctx.say('complaints.intro')), list(entries)] };
}
