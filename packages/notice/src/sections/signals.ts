import { paragraph, present } from '../model/blocks.ts';
import { text } from '../model/inline.ts';
import type { NoticeContext } from '../model/notice-context.ts';
import type { Section } from '../model/notice-model.ts';
import { SECTION_IDS } from '../model/section-ids.ts';

// CalOPPA (Cal. Bus. & Prof. Code §22575(b)(5)): how the site responds to Do Not Track; 11 CCR §7025: GPC as an opt-out.
export function buildSignalsSection(ctx: NoticeContext): Section {
  const { doNotTrack, globalPrivacyControl: gpc } = ctx.manifest.stances;
  const effects = gpc.effect.map((e) => ctx.t[`gpcEffect.${e}`]);
  return {
    id: SECTION_IDS.signals,
    heading: ctx.t['section.signals'],
    blocks: present(
      paragraph(ctx.say(`dnt.${doNotTrack}`)),
      paragraph(
        gpc.honoured && effects.length > 0
          ? [...ctx.say('gpc.honoured'), text(' '), ...ctx.say('gpc.effects', { effects: ctx.words(effects) })]
          : ctx.say(gpc.honoured ? 'gpc.honoured' : 'gpc.notHonoured'),
      ),
    ),
  };
}
