import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { Db } from './db/database.ts';
import { startOutboxDrainer, type OutboxDrainer } from './mail/mail-outbox-drainer.ts';
import { createMailOutbox, type MailOutbox } from './mail/mail-outbox.ts';
import { createMailer, type Mailer } from './mail/mailer.ts';
import { NOTICE_MAIL_EFFECTS } from './notice/notice-mail.ts';
import { RIGHTS_MAIL_EFFECTS } from './rights/rights-mail-effects.ts';

export interface MailDelivery {
  mailer: Mailer;
  outbox: MailOutbox;
  close(): void;
}

/**
 * Mail for one process, composed in one place for the app, the worker and the CLI: one SMTP transport, and one
 * outbox that knows what every capability records once its mail is sent (so any process can finish any mail).
 */
export function createMailDelivery(config: Config, db: Db, logger: Pick<Logger, 'warn' | 'error'>): MailDelivery {
  const mailer = createMailer(config.mail, db, logger);
  const outbox = createMailOutbox({ db, mailer, key: config.mail.outboxKey, logger, effects: { ...RIGHTS_MAIL_EFFECTS, ...NOTICE_MAIL_EFFECTS } });
  return { mailer, outbox, close: () => mailer.close() };
}

/** The retry loop for `pledge serve` and `pledge worker`; warns once when mails could not survive a restart. */
export function drainMailOutbox(config: Config, delivery: MailDelivery, logger: Pick<Logger, 'warn' | 'error'>, intervalMs?: number): OutboxDrainer {
  if (config.mail.outboxKeyIsEphemeral) logger.warn('PLEDGE_MAIL_KEY is not set: mails waiting in the outbox cannot be sent by another process or after a restart');
  return startOutboxDrainer(delivery.outbox, logger, intervalMs);
}
