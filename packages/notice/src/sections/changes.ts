import { list, paragraph, present } from '../model/blocks.ts';
import { link, text } from '../model/inline.ts';
import type { NoticeContext } from '../model/notice-context.ts';
import type { Section } from '../model/notice-model.ts';
import { SECTION_IDS } from '../model/section-ids.ts';

// GDPR Art. 12(1) and Art. 13(3): changes are announced before they apply; consent is asked again where a change needs it.
export function buildChangesSection(ctx: NoticeContext): Section {
  const { notice, purposes } = ctx.manifest;
  const { version, links } = ctx;
  const usesConsent = purposes.some((p) => Object.values(p.lawfulBasis).some((b) => b?.basis === 'consent'));
  const changes = version?.changes ?? [];
  return {
    id: SECTION_IDS.changes,
    heading: ctx.t['section.changes'],
    blocks: present(
      paragraph(ctx.say('changes.intro', { ways: ctx.words(notice.changes.notifyBy.map((n) => ctx.t[`notify.${n}`])) })),
      usesConsent && paragraph(ctx.say('changes.consent')),
      notice.changes.archive &&
        paragraph(
          links.archive !== undefined
            ? ctx.say('changes.archiveLink', { link: link(links.archive, ctx.t['changes.archiveLinkText']) })
            : ctx.say('changes.archive'),
        ),
      version !== undefined && paragraph(ctx.say('changes.version', { number: version.number })),
      paragraph(ctx.say('changes.effective', { date: ctx.date(version?.effectiveDate ?? notice.effectiveDate) })),
      changes.length > 0 && paragraph(ctx.say('changes.whatChanged')),
      changes.length > 0 && list(changes.map((c) => [text(c)])),
    ),
  };
}
