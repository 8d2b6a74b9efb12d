import { findRequestsDueBefore } from './requests.repository.ts';
import { insertReminder } from './reminders.repository.ts';
import { insertEvent } from './request-events.repository.ts';
import type { RequestType } from './request-types.ts';
import { mailDate, transact, type RightsContext } from './rights-context.ts';
import type { MailStatus } from '../mail/mail-log.repository.ts';

/** How far ahead a deadline counts as "due soon". */
export const DUE_SOON_DAYS = 7;
const DAY_MS = 86_400_000;

export interface RaisedReminder {
  requestId: string;
  reference: string;
  type: RequestType;
  dueAt: Date;
  overdue: boolean;
  kind: 'overdue' | 'due_soon' | 'acknowledge';
}

export interface ReminderRun {
  raised: RaisedReminder[];
  /** The one digest mail to the privacy team; null when nothing new was raised. */
  mail: MailStatus | null;
}

/**
 * The daily deadline check: one reminder per open request per UTC day (idempotent: running it twice on a
 * day raises nothing new), and one digest mail to the privacy team with references only. Requests whose
 * clock is paused (UK GDPR Art. 12A) are skipped until it runs again.
 */
export async function raiseDeadlineReminders(ctx: RightsContext, now: Date): Promise<ReminderRun> {
  const day = mailDate(now);
  const soon = new Date(now.getTime() + DUE_SOON_DAYS * DAY_MS);
  const candidates = await findRequestsDueBefore(ctx.db, soon);
  const to = ctx.privacyTeamEmail ?? ctx.manifest.organisation.controllers[0]?.contact.email;
  // The digest is written with the reminders it reports, so a crash cannot record them without the mail.
  const { value: raised, mailed } = await transact(ctx, async (tx, outbox) => {
    const out: RaisedReminder[] = [];
    for (const r of candidates) {
      if (r.clockPausedAt !== null) continue;
      const overdue = r.dueAt < now;
      const kind = overdue ? 'overdue' : r.dueAt < soon ? 'due_soon' : 'acknowledge';
      if (!(await insertReminder(tx, { requestId: r.id, day, kind, at: now }))) continue;
      await insertEvent(tx, { requestId: r.id, at: now, kind: `reminder_${kind}`, actor: 'system', visibleToPerson: false, details: { dueAt: r.dueAt.toISOString() } });
      await ctx.audit.record({ actor: 'system', action: 'rights_request.reminder', target: `rights_request:${r.id}`, details: { kind, day } }, tx);
      out.push({ requestId: r.id, reference: r.reference, type: r.type, dueAt: r.dueAt, overdue, kind });
    }
    if (out.length > 0 && to) {
      const items = out.map((r) => ({ reference: r.reference, requestType: r.type, dueDate: mailDate(r.dueAt), overdue: r.overdue }));
      outbox.push({ to, language: 'en', content: { template: 'deadline_reminder', items } });
    }
    return out;
  });
  if (raised.length === 0) return { raised, mail: null };
  if (!to) {
    ctx.logger.warn('deadline reminders raised but no address to send them to (PRIVACY_TEAM_EMAIL)');
    return { raised, mail: null };
  }
  return { raised, mail: mailed[0] ?? null };
}
