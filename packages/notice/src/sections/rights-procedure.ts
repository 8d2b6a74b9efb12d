import { type Jurisdiction, RESPONSE_DEADLINES } from '@pledge/manifest';
import { list, paragraph, present } from '../model/blocks.ts';
import { link, text } from '../model/inline.ts';
import type { NoticeContext } from '../model/notice-context.ts';
import type { Block, Inline } from '../model/notice-model.ts';
import { channelRich } from './contact-text.ts';

// GDPR Art. 12(2)-(6): how to make a request, identity checks, fees and the time to answer.
export function buildRightsProcedure(ctx: NoticeContext, jurisdictions: readonly Jurisdiction[]): Block[] {
  const { rights } = ctx.manifest;
  const { t } = ctx;
  const selfService = rights.selfService.map((s): Inline[] => {
    const description = ctx.local(s.description);
    return [text(`${t[`right.${s.right}`]}: `), link(s.url, s.url), ...(description ? [text(' – '), description] : [])];
  });
  const verification = ctx.local(rights.verification.description);
  const agents = rights.authorisedAgents;
  return present(
    paragraph(ctx.say('rights.channels')),
    list(rights.channels.map((c) => channelRich(c, ctx))),
    selfService.length > 0 && paragraph(ctx.say('rights.selfService')),
    selfService.length > 0 && list(selfService),
    ctx.links.privacyCenter !== undefined && paragraph(ctx.say('rights.privacyCenter', { link: link(ctx.links.privacyCenter, ctx.links.privacyCenter) })),
    paragraph(ctx.say('rights.verification', { methods: ctx.words(rights.verification.methods.map((m) => t[`verification.${m}`])) })),
    verification !== undefined && paragraph([verification]),
    rights.verification.stepUpFor.length > 0 &&
      paragraph(ctx.say('rights.stepUp', { rights: ctx.words(rights.verification.stepUpFor.map((r) => t[`right.${r}`])) })),
    agents.allowed && paragraph(agentWords(ctx)),
    paragraph(ctx.say(`rights.fee.${rights.fee}`)),
    ...jurisdictions.flatMap((j) => deadlineBlocks(j, ctx)),
  );
}

function agentWords(ctx: NoticeContext): Inline[] {
  const { proof, personConfirms } = ctx.manifest.rights.authorisedAgents;
  const out =
    proof.length > 0
      ? ctx.say('rights.agents', { proof: ctx.alternatives(proof.map((p) => ctx.t[`agentProof.${p}`])) })
      : ctx.say('rights.agentsAny');
  if (personConfirms) out.push(text(' '), ...ctx.say('rights.agentsConfirm'));
  return out;
}

// GDPR Art. 12(3) one month (+2); CCPA 11 CCR §7021 45 days (+45), receipt within 10 business days; LGPD Art. 19 15 days.
function deadlineBlocks(j: Jurisdiction, ctx: NoticeContext): Block[] {
  const legal = RESPONSE_DEADLINES[j];
  const out: Inline[] = ctx.say('rights.deadline', { jurisdiction: ctx.t[`jurisdiction.${j}`], period: ctx.duration(legal.respond) });
  if (legal.extension) out.push(text(' '), ...ctx.say('rights.deadlineExtension', { period: ctx.duration(legal.extension) }));
  if (legal.acknowledge) out.push(text(' '), ...ctx.say('rights.deadlineAcknowledge', { days: legal.acknowledge.businessDays }));
  const offered = ctx.manifest.rights.offered[j] ?? [];
  if (legal.optOut && offered.some((r) => r === 'opt_out_sale_share' || r === 'limit_sensitive')) {
    out.push(text(' '), ...ctx.say('rights.deadlineOptOut', { days: legal.optOut.businessDays }));
  }
  const internal = ctx.manifest.rights.deadlines[j];
  if (internal !== undefined) out.push(text(' '), ...ctx.say('rights.deadlineInternal', { period: ctx.duration(internal) }));
  return [paragraph(out)];
}
