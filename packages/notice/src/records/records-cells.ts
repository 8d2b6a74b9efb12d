import { JURISDICTIONS, type Manifest } from '@pledge/manifest';
import { plainText } from '../model/inline.ts';
import type { NoticeContext } from '../model/notice-context.ts';
import { addressText, contactRich } from '../sections/contact-text.ts';
import { retentionPeriod } from '../sections/retention-wording.ts';
import { transfersOf } from '../support/transfers.ts';

type Purpose = Manifest['purposes'][number];
type Controller = Manifest['organisation']['controllers'][number];

/** Cell texts shared by the controller and processor records; several entries in a cell are joined with "; ". */
export const joinCells = (items: readonly string[], ctx: NoticeContext): string => (items.length > 0 ? items.join('; ') : ctx.t['records.none']);

export const controllerText = (c: Controller, ctx: NoticeContext): string =>
  `${c.legalName}, ${addressText(c.address, ctx)}, ${plainText(contactRich(c.contact, ctx))}`;

export const representativesText = (ctx: NoticeContext): string =>
  joinCells(ctx.manifest.organisation.controllers.flatMap((c) => c.representatives.map((r) => `${r.region.toUpperCase()}: ${r.name}, ${plainText(contactRich(r.contact, ctx))}`)), ctx);

export const dpoText = (ctx: NoticeContext): string =>
  joinCells(ctx.manifest.organisation.controllers.flatMap((c) => (c.dpo ? [plainText(contactRich(c.dpo, ctx))] : [])), ctx);

/** The people whose data a purpose uses: its own list, or the subjects of its categories. */
export function purposeSubjects(p: Purpose, manifest: Manifest): string[] {
  if (p.subjects) return p.subjects;
  return [...new Set(manifest.categories.filter((c) => p.categories.includes(c.id)).flatMap((c) => c.subjects))];
}

export function recipientsText(p: Purpose, ctx: NoticeContext): string {
  const recipients = ctx.manifest.recipients.filter((r) => r.purposes.includes(p.id));
  return joinCells(recipients.map((r) => `${ctx.t[`recipientRole.${r.type}`]}: ${r.name} (${ctx.words([r.country, ...r.additionalCountries].map(ctx.country))})`), ctx);
}

// GDPR Art. 30(1)(e) and 30(2)(c): the third country and, for Art. 49(1) second subparagraph transfers, the safeguards.
export function transfersText(recipientIds: readonly string[], ctx: NoticeContext): string {
  const rows = transfersOf(ctx.manifest).filter((t) => recipientIds.includes(t.recipient.id));
  return joinCells(rows.map((t) => `${t.recipient.name}, ${ctx.country(t.country)}: ${t.mechanism ? ctx.t[`mechanism.${t.mechanism}`] : ctx.t['transfers.noSafeguard']}`), ctx);
}

export function retentionText(p: Purpose, ctx: NoticeContext): string {
  const ids = new Set([p.retention, ...ctx.manifest.categories.filter((c) => p.categories.includes(c.id)).map((c) => c.retention)]);
  const rules = ctx.manifest.retention.filter((r) => ids.has(r.id));
  return joinCells(rules.map((r) => plainText(retentionPeriod(r, ctx))), ctx);
}

export function basisText(p: Purpose, ctx: NoticeContext): string {
  return joinCells(JURISDICTIONS.flatMap((j) => (p.lawfulBasis[j] ? [`${ctx.t[`jurisdiction.${j}`]}: ${ctx.t[`basis.${p.lawfulBasis[j]!.basis}`]}`] : [])), ctx);
}

// GDPR Art. 30(1)(g) with Art. 32(1): a general description of the technical and organisational measures.
export function securityText(ctx: NoticeContext): string {
  const { security } = ctx.manifest;
  const description = ctx.local(security.description);
  return [...security.measures.map((m) => ctx.t[`measure.${m}`]), ...(description ? [description.text] : [])].join('; ');
}
