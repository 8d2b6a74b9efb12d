import type { SentEffectHandler } from '../mail/mail-outbox.ts';
import { insertEvent } from './request-events.repository.ts';
import { lockRequestById, updateRequest } from './requests.repository.ts';

/** CCPA §1798.130 / 11 CCR §7021: the acknowledgement counts once it has actually gone out, not when it was queued. */
export const ACKNOWLEDGED = 'rights.acknowledged';

/** What rights/ records when one of its outbox mails is sent (mail/mail-outbox.ts runs these). */
export const RIGHTS_MAIL_EFFECTS: Readonly<Record<string, SentEffectHandler>> = {
  [ACKNOWLEDGED]: async (tx, _effect, { requestId, sentAt }) => {
    if (requestId === null) return;
    const request = await lockRequestById(tx, requestId);
    if (!request || request.acknowledgedAt !== null) return;
    await updateRequest(tx, requestId, { acknowledgedAt: sentAt });
    await insertEvent(tx, { requestId, at: sentAt, kind: 'acknowledged', actor: 'system', visibleToPerson: true });
  },
};
