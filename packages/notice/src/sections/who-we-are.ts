import type { Manifest } from '@pledge/manifest';
import { list, paragraph, present, subsection } from '../model/blocks.ts';
import { text } from '../model/inline.ts';
import type { NoticeContext } from '../model/notice-context.ts';
import type { Block, Section } from '../model/notice-model.ts';
import { SECTION_IDS } from '../model/section-ids.ts';
import { addressText, channelRich, contactRich } from './contact-text.ts';

type Controller = Manifest['organisation']['controllers'][number];

// GDPR Art. 13(1)(a)-(b): identity and contact details of the controller, its representative and the DPO.
export function buildWhoWeAreSection(ctx: NoticeContext): Section {
  const { controllers } = ctx.manifest.organisation;
  const single = controllers.length === 1 ? controllers[0] : undefined;
  const blocks: Block[] = single
    ? [paragraph(ctx.say('who.controller', { name: single.legalName })), ...controllerBlocks(single, ctx)]
    : [
        paragraph(ctx.say('who.controllers')),
        ...controllers.map((c) => subsection(`controller-${c.id}`, c.legalName, controllerBlocks(c, ctx))),
      ];
  blocks.push(...processorBlocks(ctx));
  const channels = ctx.manifest.notice.contactChannels;
  if (channels.length > 0) blocks.push(paragraph(ctx.say('who.contactChannels')), list(channels.map((c) => channelRich(c, ctx))));
  return { id: SECTION_IDS.who, heading: ctx.t['section.who'], blocks };
}

function controllerBlocks(c: Controller, ctx: NoticeContext): Block[] {
  const regimes = c.jurisdictions && ctx.manifest.organisation.controllers.length > 1 ? c.jurisdictions : undefined;
  return present(
    c.registrationNumber !== undefined && paragraph(ctx.say('who.registration', { number: c.registrationNumber })),
    paragraph(ctx.say('who.address', { address: addressText(c.address, ctx) })),
    paragraph(ctx.say('who.contact', { name: c.legalName, contact: contactRich(c.contact, ctx) })),
    regimes !== undefined &&
      paragraph(ctx.say('who.regimes', { name: c.legalName, regimes: ctx.words(regimes.map((j) => ctx.t[`jurisdiction.${j}`])) })),
    c.dpo !== undefined && paragraph(ctx.say('who.dpo', { contact: contactRich(c.dpo, ctx) })),
    ...c.representatives.map((r) =>
      paragraph(ctx.say(r.region === 'eu' ? 'who.representative.eu' : 'who.representative.uk', { name: r.name, contact: contactRich(r.contact, ctx) })),
    ),
    c.leadAuthority !== undefined &&
      paragraph(ctx.say('who.leadAuthority', { name: c.leadAuthority.name, country: ctx.country(c.leadAuthority.country) })),
  );
}

// GDPR Art. 28(3)(e): a processor passes requests about its customers' data to the controller.
function processorBlocks(ctx: NoticeContext): Block[] {
  const role = ctx.manifest.organisation.processorRole;
  if (!role?.actsAsProcessor) return [];
  const blocks: Block[] = [paragraph(ctx.say('who.processor'))];
  const description = ctx.local(role.description);
  if (description) blocks.push(paragraph([description]));
  const where = ctx.local(role.redirectRequestsTo) ?? redirectTarget(ctx);
  if (where) blocks.push(paragraph(ctx.say('who.processor.redirect', { where })));
  return blocks;
}

function redirectTarget(ctx: NoticeContext) {
  const id = ctx.manifest.rights.processorRedirect;
  if (id === undefined) return undefined;
  const { controllers } = ctx.manifest.organisation;
  const name = controllers.find((c) => c.id === id)?.legalName ?? ctx.manifest.recipients.find((r) => r.id === id)?.name;
  return name === undefined ? undefined : text(name);
}
