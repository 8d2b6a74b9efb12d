import { randomUUID } from 'node:crypto';
import type { Language } from '@pledge/manifest';
import type { Logger } from 'pino';
import { open, seal } from '../crypto/sealed-box.ts';
import { inTransaction, type Db } from '../db/database.ts';
import type { JsonValue } from '../db/database-schema.ts';
import type { MailStatus } from './mail-log.repository.ts';
import type { Mailer, RenderedOutgoing } from './mailer.ts';
import { claimDueMails, claimOwnMails, deleteOutboxMail, insertOutboxMail, rescheduleOutboxMail, type OutboxRow } from './mail-outbox.repository.ts';

/** Something to record once a mail is sent, named so the row holds no code: `{ effect: 'rights.acknowledged' }`. */
export interface SentEffect {
  effect: string;
  [key: string]: JsonValue;
}

/** Runs in the transaction that deletes the sent mail's row, so what it records and the row's end commit together. */
export type SentEffectHandler = (tx: Db, effect: SentEffect, mail: { requestId: string | null; sentAt: Date }) => Promise<void>;

export interface QueuedMail extends RenderedOutgoing {
  onSent?: SentEffect;
}

export interface MailOutbox {
  /** Writes the mail (sealed) in `tx`, the transaction of the change it announces; returns its id for `send`. */
  enqueue(tx: Db, mail: QueuedMail): Promise<string>;
  /** After the commit: sends these mails now, unless a drainer took them over. Never throws. */
  send(ids: readonly string[]): Promise<MailStatus[]>;
  /** Sends what is due: mails whose writer died before sending, and retries. Returns how many rows it handled. */
  drain(limit?: number): Promise<number>;
}

export interface MailOutboxOptions {
  db: Db;
  mailer: Pick<Mailer, 'deliver'>;
  /** PLEDGE_MAIL_KEY (mail/mail-config.ts). */
  key: Buffer;
  logger: Pick<Logger, 'warn' | 'error'>;
  effects?: Readonly<Record<string, SentEffectHandler>>;
  /** How long a claim holds before another process may take the mail (default 60 s). */
  leaseMs?: number;
  /** First retry after this, doubling per attempt up to `maxDelayMs` (defaults 30 s and 15 min). */
  backoffBaseMs?: number;
  maxDelayMs?: number;
  /** A mail not sent within this (default 3 days) is given up: a code or link in it has long expired. */
  maxAgeMs?: number;
}

interface Sealable {
  to: string;
  language: Language;
  subject: string;
  text: string;
}

/** The row id is the associated data: a sealed body copied onto another row does not open. */
const context = (id: string) => `mail_outbox:${id}`;

/**
 * The durable outbox. A mail is a row before it is a send attempt: written in the same transaction as the state it
 * announces (a rollback takes it back, a commit keeps it), sent right after the commit by the writer, and otherwise
 * by a drainer (`pledge serve`, `pledge worker`) with exponential backoff. Delivery is at least once: only a crash
 * between the SMTP server's answer and the row's deletion sends a mail twice.
 */
export function createMailOutbox(options: MailOutboxOptions): MailOutbox {
  const { db, mailer, key, logger } = options;
  const owner = `outbox-${randomUUID()}`;
  const leaseMs = options.leaseMs ?? 60_000;
  const backoff = (attempts: number) => Math.min((options.backoffBaseMs ?? 30_000) * 2 ** Math.max(0, attempts - 1), options.maxDelayMs ?? 900_000);
  const maxAgeMs = options.maxAgeMs ?? 3 * 86_400_000;

  const finish = async (row: OutboxRow) => {
    const effect = row.onSent as SentEffect | null;
    const handler = effect ? options.effects?.[effect.effect] : undefined;
    try {
      await inTransaction(db, async (tx) => {
        await deleteOutboxMail(tx, row.id);
        if (effect && handler) await handler(tx, effect, { requestId: row.requestId, sentAt: new Date() });
      });
    } catch (error) {
      // The mail is out: it must never go again, even if what it records cannot be written.
      logger.error({ template: row.template, effect: effect?.effect, code: (error as { code?: unknown }).code }, 'mail sent, but recording it failed');
      await deleteOutboxMail(db, row.id);
    }
  };

  const giveUp = async (row: OutboxRow, why: string) => {
    logger.error({ template: row.template, attempts: row.attempts }, `mail given up: ${why}`);
    await deleteOutboxMail(db, row.id);
  };

  const attempt = async (row: OutboxRow): Promise<MailStatus> => {
    const expired = Date.now() - row.createdAt.getTime() > maxAgeMs;
    let mail: Sealable;
    try {
      mail = JSON.parse(open(key, row.sealed, context(row.id)).toString('utf8')) as Sealable;
    } catch {
      // Sealed by a process with another key (PLEDGE_MAIL_KEY unset there): leave it to that process until it expires.
      if (expired) await giveUp(row, 'sealed under another key (set the same PLEDGE_MAIL_KEY everywhere)');
      else await rescheduleOutboxMail(db, row.id, backoff(row.attempts), 'sealed under another key');
      return 'failed';
    }
    const status = await mailer.deliver({ ...mail, template: row.template, requestId: row.requestId });
    if (status === 'sent') await finish(row);
    // A cap is a decision against floods (attack 12), and no SMTP_URL a decision not to mail: neither is retried.
    else if (status === 'capped' || status === 'disabled') await deleteOutboxMail(db, row.id);
    else if (expired) await giveUp(row, `not sent within ${Math.round(maxAgeMs / 3_600_000)} h`);
    else await rescheduleOutboxMail(db, row.id, backoff(row.attempts), 'the SMTP server did not accept the mail');
    return status;
  };

  const safely = async (row: OutboxRow): Promise<MailStatus> => {
    try {
      return await attempt(row);
    } catch (error) {
      // The database went away mid-way: the lease lapses and a drainer tries again.
      logger.error({ template: row.template, code: (error as { code?: unknown }).code }, 'outbox mail could not be handled');
      return 'failed';
    }
  };

  return {
    async enqueue(tx, mail) {
      const id = randomUUID();
      const body: Sealable = { to: mail.to, language: mail.language, subject: mail.subject, text: mail.text };
      const sealed = seal(key, Buffer.from(JSON.stringify(body), 'utf8'), context(id));
      await insertOutboxMail(tx, { id, template: mail.template, requestId: mail.requestId ?? null, onSent: mail.onSent ?? null, sealed, lockedBy: owner, leaseMs });
      return id;
    },
    async send(ids) {
      let rows: OutboxRow[];
      try {
        rows = await claimOwnMails(db, ids, owner, leaseMs);
      } catch (error) {
        logger.error({ code: (error as { code?: unknown }).code }, 'outbox mails could not be claimed; a drainer will send them');
        return ids.map(() => 'failed');
      }
      const byId = new Map(rows.map((r) => [r.id, r]));
      const statuses: MailStatus[] = [];
      // In the order written: a code mail after the mail it follows up.
      for (const id of ids) {
        const row = byId.get(id);
        statuses.push(row ? await safely(row) : 'failed');
      }
      return statuses;
    },
    async drain(limit = 20) {
      const rows = await claimDueMails(db, owner, leaseMs, limit);
      for (const row of rows) await safely(row);
      return rows.length;
    },
  };
}
