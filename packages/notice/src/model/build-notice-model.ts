import type { Language, Manifest } from '@pledge/manifest';
import { buildAutomatedDecisionsSection } from '../sections/automated-decisions.ts';
import { buildChangesSection } from '../sections/changes.ts';
import { buildChildrenSection } from '../sections/children.ts';
import { buildComplaintsSection } from '../sections/complaints.ts';
import { buildCookiesSection } from '../sections/cookies.ts';
import { buildDataSection } from '../sections/data-collected.ts';
import { buildLanguageSection } from '../sections/language.ts';
import { buildMarketingSection } from '../sections/marketing.ts';
import { buildPurposesSection } from '../sections/purposes.ts';
import { buildRecipientsSection } from '../sections/recipients.ts';
import { buildRetentionSection } from '../sections/retention.ts';
import { buildRightsSection } from '../sections/rights.ts';
import { buildSaleShareSection } from '../sections/sale-share.ts';
import { buildSecuritySection } from '../sections/security.ts';
import { buildSignalsSection } from '../sections/signals.ts';
import { buildTransfersSection } from '../sections/transfers.ts';
import { buildWhoWeAreSection } from '../sections/who-we-are.ts';
import { paragraph } from './blocks.ts';
import { link } from './inline.ts';
import { createNoticeContext, type NoticeContext } from './notice-context.ts';
import type { Block, NoticeModel, Section } from './notice-model.ts';
import type { NoticeModelOptions } from './notice-options.ts';
import { SECTION_IDS } from './section-ids.ts';

/** The section builders in reading order; a builder returns nothing when the manifest gives it nothing to say. */
const SECTIONS: ReadonlyArray<(ctx: NoticeContext) => Section | undefined> = [
  buildWhoWeAreSection,
  buildDataSection,
  buildPurposesSection,
  buildMarketingSection,
  buildCookiesSection,
  buildRecipientsSection,
  buildTransfersSection,
  buildRetentionSection,
  buildRightsSection,
  buildAutomatedDecisionsSection,
  buildChildrenSection,
  buildSignalsSection,
  buildSaleShareSection,
  buildSecuritySection,
  buildChangesSection,
  buildComplaintsSection,
  buildLanguageSection,
];

/** The notice in one language as format-neutral data; `renderNotice` turns it into HTML, Markdown or JSON. */
export function buildNoticeModel(manifest: Manifest, lang: Language, options: NoticeModelOptions = {}): NoticeModel {
  const ctx = createNoticeContext(manifest, lang, options);
  const sections = SECTIONS.map((build) => build(ctx)).filter((s): s is Section => s !== undefined);
  const { organisation, notice } = manifest;
  const effectiveDate = options.version?.effectiveDate ?? notice.effectiveDate;
  const title = ctx.local(notice.title)?.text ?? ctx.t['notice.title'];
  return {
    format: 'pledge-notice/1',
    lang,
    title,
    organisation: organisation.name,
    effectiveDate,
    effectiveDateText: ctx.date(effectiveDate),
    ...(options.version
      ? { version: { number: options.version.number, effectiveDate, effectiveDateText: ctx.date(effectiveDate) } }
      : {}),
    intro: introBlocks(ctx, effectiveDate),
    sections,
    branding: { ...organisation.branding },
    chrome: {
      contents: ctx.t['chrome.contents'],
      effectiveDate: ctx.t['chrome.effectiveDate'],
      version: ctx.t['chrome.version'],
      backToTop: ctx.t['chrome.backToTop'],
      logoAlt: ctx.t['chrome.logoAlt'].replace('{org}', organisation.name),
    },
  };
}

function introBlocks(ctx: NoticeContext, effectiveDate: string): Block[] {
  const date = ctx.date(effectiveDate);
  const blocks: Block[] = [paragraph(ctx.say('intro.scope', { org: ctx.manifest.organisation.name }))];
  blocks.push(
    paragraph(
      ctx.version
        ? ctx.say('intro.version', { number: ctx.version.number, date, link: link(`#${SECTION_IDS.changes}`, ctx.t['section.changes']) })
        : ctx.say('intro.effective', { date }),
    ),
  );
  // Built after the sections, so it knows whether any manifest text fell back to another language.
  const fallbacks = [...ctx.fallbacks].map((l) => ctx.t[`languageName.${l}`]);
  if (fallbacks.length > 0) blocks.push(paragraph(ctx.say('intro.fallback', { language: ctx.words(fallbacks) })));
  return blocks;
}
