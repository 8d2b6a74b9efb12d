import { z } from 'zod';
import type { PledgeApp } from '../app-types.ts';
import { principalOf } from '../auth/access-control.ts';
import { actorOf } from '../auth/roles.ts';
import { STAFF } from './admin-requests.routes.ts';
import { REPLY_LIMITS, type ReplyService } from './request-reply.service.ts';
import { IdParams } from './request-schemas.ts';

export const REPLY_MAX_CHARACTERS = 5000;

// Printable text and line breaks only: the message is the body of a plain-text mail.
const ReplyBody = z.strictObject({
  message: z
    .string()
    .trim()
    .min(3)
    .max(REPLY_MAX_CHARACTERS)
    .regex(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/, 'must not contain control characters')
    .meta({ description: 'Plain text, sent as written, framed by a greeting and the reference in the person’s language.' }),
});

/** Reply to the person: staff (not the read-only auditor) write, Pledge mails it to the verified delivery address. */
export function registerReplyRoutes(app: PledgeApp, replies: ReplyService): void {
  app.post('/v1/admin/requests/:id/reply', {
    config: { access: STAFF },
    schema: {
      summary: 'Send the person a message about their request',
      description:
        'Mailed in the person’s language to the delivery address they proved (409 `delivery_address_unverified` before that). ' +
        'The timeline and the audit log record who replied and when, never the message. ' +
        `At most ${REPLY_LIMITS.perRequestPerDay} replies per request a day and ${REPLY_LIMITS.perActorPerHour} per staff member an hour (429).`,
      params: IdParams,
      body: ReplyBody,
      response: { 200: z.object({ mail: z.enum(['sent', 'retrying', 'capped', 'disabled']).meta({ description: 'What the mailer did: `sent`; `retrying` when the SMTP server did not take it yet (the outbox retries); `capped` by the hourly mail cap or `disabled` when mail is not configured (not sent).' }) }) },
    },
    handler: async (request) => replies.reply(request.params.id, request.body.message, actorOf(principalOf(request))),
  });
}
