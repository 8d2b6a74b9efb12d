import { JURISDICTIONS } from '@pledge/manifest';
import { paragraph } from '../model/blocks.ts';
import type { NoticeContext } from '../model/notice-context.ts';
import type { Block, Section } from '../model/notice-model.ts';
import { SECTION_IDS } from '../model/section-ids.ts';

// GDPR Art. 8 (16 by default, member states 13-16); COPPA and the UK Children's Code: 13. Only declared ages are stated.
export function buildChildrenSection(ctx: NoticeContext): Section {
  const { children } = ctx.manifest.stances;
  const ages = JURISDICTIONS.flatMap((j) => (children.minimumAge[j] === undefined ? [] : [[j, children.minimumAge[j]!] as const]));
  const blocks: Block[] = [paragraph(ctx.say(children.directedAtChildren ? 'children.directed' : 'children.notDirected'))];
  for (const [jurisdiction, age] of ages) blocks.push(paragraph(ctx.say('children.age', { jurisdiction: ctx.t[`jurisdiction.${jurisdiction}`], age })));
  if (ages.length > 0) blocks.push(paragraph(ctx.say(`children.onDiscovery.${children.onDiscovery}`)));
  return { id: SECTION_IDS.children, heading: ctx.t['section.children'], blocks };
}
