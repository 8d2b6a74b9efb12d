import type { Manifest } from '@pledge/manifest';
import type { Logger } from 'pino';
import type { AuditService } from '../audit/audit.service.ts';
import { inTransaction, type Db } from '../db/database.ts';
import type { Mailer, OutgoingMail } from '../mail/mailer.ts';
import type { MailStatus } from '../mail/mail-log.repository.ts';
import type { RightsConfig } from './rights-config.ts';

/** What every rights service needs, built once in app.ts and passed down. */
export interface RightsContext {
  db: Db;
  audit: AuditService;
  manifest: Manifest;
  mailer: Mailer;
  config: RightsConfig;
  /** Where reminders go (PRIVACY_TEAM_EMAIL); the manifest's first controller contact when unset. */
  privacyTeamEmail: string | undefined;
  logger: Pick<Logger, 'warn' | 'error' | 'info'>;
  now: () => Date;
}

export interface Outbox {
  push(mail: OutgoingMail): void;
}

/**
 * Runs `fn` in one transaction and sends the mails it queued only after the commit: a mail never
 * announces a change that was rolled back. (A crash between commit and send loses the mail; the person
 * can ask for it again, and the job runner will later make this an outbox table.)
 */
export async function transact<T>(ctx: RightsContext, fn: (tx: Db, outbox: Outbox) => Promise<T>): Promise<{ value: T; mailed: MailStatus[] }> {
  const mails: OutgoingMail[] = [];
  const value = await inTransaction(ctx.db, (tx) => fn(tx, { push: (mail) => mails.push(mail) }));
  const mailed: MailStatus[] = [];
  for (const mail of mails) mailed.push(await ctx.mailer.send(mail));
  return { value, mailed };
}

/** `2026-02-28`: dates in mails are plain calendar dates (deadlines end at the end of that UTC day). */
export function mailDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}
