import type { Manifest } from '@pledge/manifest';
import type { Logger } from 'pino';
import type { AuditService } from '../audit/audit.service.ts';
import { inTransaction, type Db } from '../db/database.ts';
import type { Mailer, OutgoingMail } from '../mail/mailer.ts';
import { renderOutgoing } from '../mail/mailer.ts';
import type { MailStatus } from '../mail/mail-log.repository.ts';
import type { MailOutbox, SentEffect } from '../mail/mail-outbox.ts';
import type { RightsConfig } from './rights-config.ts';

/** What every rights service needs, built once in app.ts and passed down. */
export interface RightsContext {
  db: Db;
  audit: AuditService;
  manifest: Manifest;
  mailer: Mailer;
  /** Mails are written here in the transaction they announce, and sent after its commit (mail/mail-outbox.ts). */
  outbox: MailOutbox;
  config: RightsConfig;
  /** Where reminders go (PRIVACY_TEAM_EMAIL); the manifest's first controller contact when unset. */
  privacyTeamEmail: string | undefined;
  logger: Pick<Logger, 'warn' | 'error' | 'info'>;
  now: () => Date;
}

export interface Outbox {
  /** `onSent`: what to record once the mail has actually gone out (rights/rights-mail-effects.ts). */
  push(mail: OutgoingMail & { onSent?: SentEffect }): void;
}

/**
 * Runs `fn` in one transaction; the mails it pushed are written to the mail outbox in that same transaction and
 * sent right after the commit. A mail never announces a change that was rolled back, and a crash (or an SMTP server
 * that is down) between the commit and the send delays the mail instead of losing it: the outbox drainer sends it.
 * `mailed` is what the first attempt did; `failed` means it will be tried again.
 */
export async function transact<T>(ctx: RightsContext, fn: (tx: Db, outbox: Outbox) => Promise<T>): Promise<{ value: T; mailed: MailStatus[] }> {
  const mails: Array<OutgoingMail & { onSent?: SentEffect }> = [];
  const { value, ids } = await inTransaction(ctx.db, async (tx) => {
    const value = await fn(tx, { push: (mail) => mails.push(mail) });
    const ids: string[] = [];
    for (const mail of mails) ids.push(await ctx.outbox.enqueue(tx, { ...renderOutgoing(mail), ...(mail.onSent ? { onSent: mail.onSent } : {}) }));
    return { value, ids };
  });
  return { value, mailed: await ctx.outbox.send(ids) };
}

/** `2026-02-28`: dates in mails are plain calendar dates (deadlines end at the end of that UTC day). */
export function mailDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}
