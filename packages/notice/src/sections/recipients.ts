import { RECIPIENT_TYPES, type Manifest } from '@pledge/manifest';
import { list, paragraph, table } from '../model/blocks.ts';
import { link, text } from '../model/inline.ts';
import type { NoticeContext } from '../model/notice-context.ts';
import type { Cell, Rich, Section } from '../model/notice-model.ts';
import { SECTION_IDS } from '../model/section-ids.ts';

type Recipient = Manifest['recipients'][number];

// GDPR Art. 13(1)(e): the recipients or categories of recipients; each named with what it does and where.
export function buildRecipientsSection(ctx: NoticeContext): Section | undefined {
  const { recipients } = ctx.manifest;
  if (recipients.length === 0) return undefined;
  const { t } = ctx;
  const types = RECIPIENT_TYPES.filter((type) => recipients.some((r) => r.type === type));
  const sorted = [...recipients].sort((a, b) => RECIPIENT_TYPES.indexOf(a.type) - RECIPIENT_TYPES.indexOf(b.type));
  const columns = [t['recipients.col.name'], t['recipients.col.service'], t['recipients.col.country'], t['recipients.col.data']];
  return {
    id: SECTION_IDS.recipients,
    heading: t['section.recipients'],
    blocks: [
      paragraph(ctx.say('recipients.intro')),
      list(types.map((type) => ctx.say(`recipients.type.${type}`))),
      table('recipients-table', t['recipients.caption'], columns, sorted.map((r) => recipientRow(r, ctx))),
    ],
  };
}

function recipientRow(r: Recipient, ctx: NoticeContext): Cell[] {
  const { t } = ctx;
  const name: Rich[] = [[text(r.name, { strong: true })], [text(t[`recipientRole.${r.type}`])]];
  const service: Rich[] = [];
  const what = ctx.local(r.service);
  if (what) service.push([what]);
  service.push(ctx.say('recipients.for', { purposes: ctx.listRich(r.purposes.map((p) => [ctx.purposeName(p)])) }));
  if (r.dpa === true) service.push(ctx.say('recipients.dpa'));
  if (r.privacyPolicyUrl !== undefined) service.push(ctx.say('recipients.policy', { link: link(r.privacyPolicyUrl, r.privacyPolicyUrl) }));
  const countries = [r.country, ...r.additionalCountries].map((c) => ctx.country(c));
  return [name, service, [[text(ctx.words(countries))]], [ctx.listRich(r.categories.map((id) => [ctx.category(id)]))]];
}
