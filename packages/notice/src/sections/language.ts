import { paragraph, present } from '../model/blocks.ts';
import type { NoticeContext } from '../model/notice-context.ts';
import type { Section } from '../model/notice-model.ts';
import { SECTION_IDS } from '../model/section-ids.ts';

// GDPR Art. 12(1): intelligible language; which version prevails is stated only when the manifest declares it.
export function buildLanguageSection(ctx: NoticeContext): Section {
  const { notice, stances } = ctx.manifest;
  const prevailing = stances.prevailingLanguage;
  return {
    id: SECTION_IDS.language,
    heading: ctx.t['section.language'],
    blocks: present(
      paragraph(ctx.say('language.available', { languages: ctx.words(notice.languages.map((l) => ctx.t[`languageName.${l}`])) })),
      prevailing !== undefined && paragraph(ctx.say('language.prevails', { version: ctx.t[`languageVersion.${prevailing}`] })),
    ),
  };
}
