import { PledgeError } from '../errors/pledge-error.ts';
import type { MailStatus } from '../mail/mail-log.repository.ts';
import { countEventsSince, insertEvent } from './request-events.repository.ts';
import type { RightsRequest } from './request-model.ts';
import { lockRequestById } from './requests.repository.ts';
import { transact, type RightsContext } from './rights-context.ts';

export const REPLY_EVENT = 'reply_sent';
/** Staff mail people by hand: a few replies per request a day, and a cap per staff member an hour against a hijacked account. */
export const REPLY_LIMITS = { perRequestPerDay: 5, perActorPerHour: 30 } as const;
const HOUR_MS = 3_600_000;

/**
 * Whether the delivery address is one the person has proven they read: an e-mail link or code, or the company's
 * login naming that address. A changed delivery address was confirmed from the proven one (attack 2).
 * Opt-outs need no verification, so their address stays unproven and gets no replies.
 */
export function deliveryAddressVerified(r: RightsRequest): boolean {
  return r.proofs.some((p) => p.method !== 'knowledge_questions' && p.identifiers.includes('email'));
}

export interface ReplyOutcome {
  /**
   * What the mailer did: `sent`; `retrying` when the SMTP server did not take it yet (the outbox keeps it and tries again);
   * or why it will not go out (`capped`, `disabled`). The timeline records the reply either way.
   */
  mail: Exclude<MailStatus, 'failed'> | 'retrying';
}

/**
 * Staff's own words to the person, in the frame of a mail in the person's language. The message itself is kept
 * nowhere in Pledge: the timeline event and the audit entry say who replied and when, and how long the message was
 * (the text may hold personal data, and the audit log can never be rewritten). See docs/decisions/0006.
 */
export function createReplyService(ctx: RightsContext) {
  return {
    reply: async (id: string, message: string, actor: string): Promise<ReplyOutcome> => {
      const { mailed } = await transact(ctx, async (tx, outbox) => {
        const r = await lockRequestById(tx, id);
        if (!r) throw new PledgeError('request_not_found', { message: 'No request with this id.', details: { id } });
        if (!deliveryAddressVerified(r)) throw new PledgeError('delivery_address_unverified', { details: { state: r.state } });
        const now = ctx.now();
        const today = await countEventsSince(tx, { kind: REPLY_EVENT, requestId: r.id, since: new Date(now.getTime() - 24 * HOUR_MS) });
        const byActor = await countEventsSince(tx, { kind: REPLY_EVENT, actor, since: new Date(now.getTime() - HOUR_MS) });
        if (today >= REPLY_LIMITS.perRequestPerDay || byActor >= REPLY_LIMITS.perActorPerHour) {
          const limit = today >= REPLY_LIMITS.perRequestPerDay ? 'per_request_per_day' : 'per_actor_per_hour';
          throw new PledgeError('rate_limited', { message: `Too many replies (${limit.replace(/_/g, ' ')}); retry later.`, details: { limit, retryAfterSeconds: limit === 'per_actor_per_hour' ? 3600 : 86_400 } });
        }
        const details = { characters: message.length };
        await insertEvent(tx, { requestId: r.id, at: now, kind: REPLY_EVENT, actor, visibleToPerson: true, details });
        await ctx.audit.record({ actor, action: 'rights_request.replied', target: `rights_request:${r.id}`, details }, tx);
        outbox.push({ to: r.deliveryEmail, language: r.language, requestId: r.id, content: { template: 'staff_reply', reference: r.reference, message } });
      });
      const status = mailed[0] ?? 'failed';
      // A failed send stays in the durable outbox (mail/mail-outbox.ts), which retries it with backoff.
      const mail = status === 'failed' ? 'retrying' : status;
      if (mail !== 'sent') {
        // The timeline stays honest: staff see that this reply did not reach the person (the person does not).
        ctx.logger.warn({ request: id, mail }, 'a staff reply was recorded but its mail did not go out');
        await insertEvent(ctx.db, { requestId: id, at: ctx.now(), kind: mail === 'retrying' ? 'reply_mail_retrying' : 'reply_not_sent', actor: 'system', visibleToPerson: false, details: { mail } });
      }
      return { mail };
    },
  };
}

export type ReplyService = ReturnType<typeof createReplyService>;
