import type { Manifest } from '@pledge/manifest';
import { text } from '../model/inline.ts';
import type { NoticeContext } from '../model/notice-context.ts';
import type { Inline, Rich } from '../model/notice-model.ts';

type RetentionRule = Manifest['retention'][number];

/**
 * How long, in plain words: the rule's own description when it has one, otherwise "7 years after the invoice date",
 * "Until you close your account", followed by the law that requires it (GDPR Art. 13(2)(a)).
 */
export function retentionPeriod(rule: RetentionRule, ctx: NoticeContext): Inline[] {
  const own = ctx.local(rule.description);
  const out: Inline[] = own ? [own] : [text(generated(rule, ctx))];
  const law = ctx.local(rule.legalBasis);
  const ended = /[.!?]$/.test(out[0]!.text.trim());
  if (law) out.push(text(ended ? ' ' : '. '), ...ctx.say('retention.law', { law }));
  return out;
}

function generated(rule: RetentionRule, ctx: NoticeContext): string {
  if (rule.period === undefined) return ctx.t[`until.${rule.trigger}`];
  const sentence = ctx.t[`after.${rule.trigger}`].replace('{period}', ctx.duration(rule.period));
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** What happens at the end of the period: deleted, anonymised, or isolated in backups until they rotate out. */
export function retentionAction(rule: RetentionRule, ctx: NoticeContext): Rich[] {
  const lines: Rich[] = [[text(ctx.t[`action.${rule.action}`])]];
  if (rule.backupPurgeWithin !== undefined) lines.push(ctx.say('retention.backupPurge', { period: ctx.duration(rule.backupPurgeWithin) }));
  return lines;
}
