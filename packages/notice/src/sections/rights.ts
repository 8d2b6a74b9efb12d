import { JURISDICTIONS, type Jurisdiction, type Manifest } from '@pledge/manifest';
import { list, paragraph, subsection } from '../model/blocks.ts';
import { text } from '../model/inline.ts';
import type { NoticeContext } from '../model/notice-context.ts';
import type { Block, Inline, Section } from '../model/notice-model.ts';
import { SECTION_IDS } from '../model/section-ids.ts';
import { buildRightsProcedure } from './rights-procedure.ts';

type Right = NonNullable<Manifest['rights']['offered']['gdpr']>[number];

// GDPR Art. 13(2)(b)-(d); CCPA §1798.130(a)(5); LGPD Art. 18: each right offered, under the regime that grants it.
export function buildRightsSection(ctx: NoticeContext): Section {
  const offered = offeredRights(ctx.manifest);
  const blocks: Block[] = [paragraph(ctx.say('rights.intro'))];
  if (offered.length === 1) {
    blocks.push(rightsList(offered[0]![1], ctx));
  } else {
    for (const [jurisdiction, rights] of offered) {
      blocks.push(subsection(`rights-${jurisdiction.replace('_', '-')}`, ctx.t['rights.under'].replace('{jurisdiction}', ctx.t[`jurisdiction.${jurisdiction}`]), [rightsList(rights, ctx)]));
    }
  }
  blocks.push(subsection('exercise-rights', ctx.t['rights.howTo'], buildRightsProcedure(ctx, offered.map(([j]) => j))));
  return { id: SECTION_IDS.rights, heading: ctx.t['section.rights'], blocks };
}

/** The offered rights per jurisdiction, in the order of the manifest's jurisdictions. */
export function offeredRights(manifest: Manifest): Array<[Jurisdiction, readonly Right[]]> {
  const order = [...manifest.jurisdictions, ...JURISDICTIONS.filter((j) => !manifest.jurisdictions.includes(j))];
  return order.flatMap((j): Array<[Jurisdiction, readonly Right[]]> => {
    const rights = manifest.rights.offered[j];
    return rights && rights.length > 0 ? [[j, rights]] : [];
  });
}

function rightsList(rights: readonly Right[], ctx: NoticeContext): Block {
  return list(rights.map((r): Inline[] => [text(ctx.t[`right.${r}`], { strong: true }), text(`: ${ctx.t[`right.${r}.desc`]}`)]));
}
