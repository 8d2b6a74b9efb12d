import { paragraph, present } from '../model/blocks.ts';
import { link, text } from '../model/inline.ts';
import type { NoticeContext } from '../model/notice-context.ts';
import type { Block, Section } from '../model/notice-model.ts';
import { SECTION_IDS } from '../model/section-ids.ts';
import { saleOrShare, type SaleOrShare } from '../support/sale-share.ts';

// CCPA §1798.120 and §1798.135: whether personal information is sold or shared, and the opt-out link where it is.
// "We do not sell" is said only when the manifest's stance says so and nothing in the manifest contradicts it.
export function buildSaleShareSection(ctx: NoticeContext): Section {
  const { manifest, t } = ctx;
  const ccpa = manifest.jurisdictions.includes('ccpa');
  const sale = saleOrShare(manifest, 'sale');
  const share = saleOrShare(manifest, 'share');
  const deidentified = manifest.stances.deidentifiedData;
  const commitment = ctx.local(deidentified.commitment);
  return {
    id: SECTION_IDS.sale,
    heading: t['section.sale'],
    blocks: present(
      ...(sale.happens ? happens(sale, 'sale', ctx) : [!manifest.stances.sellsData && paragraph(ctx.say('sale.none'))]),
      ...(share.happens ? happens(share, 'share', ctx) : [ccpa && !manifest.stances.sharesForAdvertising && paragraph(ctx.say('share.none'))]),
      ccpa && (sale.happens || share.happens) && paragraph(ctx.say('sale.optOut', { link: link(optOutHref(ctx), t['sale.link'], { action: 'do-not-sell' }) })),
      manifest.stances.targetedAdvertising && paragraph(ctx.say('sale.targeted')),
      deidentified.shared && paragraph(commitment ? [...ctx.say('deidentified.shared'), text(' '), commitment] : ctx.say('deidentified.shared')),
    ),
  };
}

function happens(what: SaleOrShare, kind: 'sale' | 'share', ctx: NoticeContext): Block[] {
  const categories = ctx.listRich(what.categories.map((id) => [ctx.category(id)]));
  const first = what.categories.length > 0 ? ctx.say(`${kind}.categories`, { categories }) : ctx.say(`${kind}.yes`);
  const blocks: Block[] = [paragraph(first)];
  if (what.recipients.length > 0) blocks.push(paragraph(ctx.say('saleShare.recipients', { recipients: ctx.words(what.recipients.map((r) => r.name)) })));
  return blocks;
}

/** The opt-out page the site provides, else the web form for requests, else the rights section. */
function optOutHref(ctx: NoticeContext): string {
  return ctx.links.doNotSell ?? ctx.manifest.rights.channels.find((c) => c.type === 'web_form')?.value ?? `#${SECTION_IDS.rights}`;
}
