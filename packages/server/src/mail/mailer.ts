import type { Language } from '@pledge/manifest';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { Db } from '../db/database.ts';
import type { MailConfig } from './mail-config.ts';
import type { MailContent } from './mail-content.ts';
import { countMailsSentSince, insertMailLog, recipientHash, type MailStatus } from './mail-log.repository.ts';
import { renderMail } from './render-mail.ts';

export interface OutgoingMail {
  to: string;
  language: Language;
  content: MailContent;
  /** Links the log row to a rights request, for its timeline. */
  requestId?: string | null;
}

/** A mail already in words: what the outbox keeps (sealed) and sends later. */
export interface RenderedOutgoing {
  to: string;
  language: Language;
  /** For the mail log: which mail this was (`verification`, `fulfilment_ready`, ...). */
  template: string;
  subject: string;
  text: string;
  requestId?: string | null;
}

export interface Mailer {
  /** Never throws: a mail that cannot go out is logged and reported as its status. */
  send(mail: OutgoingMail): Promise<MailStatus>;
  /** The same for a mail already rendered (the outbox, fulfilment's own texts). */
  deliver(mail: RenderedOutgoing): Promise<MailStatus>;
  close(): void;
}

/** Renders a mail of the catalogue in its language, for the outbox or the mailer. */
export function renderOutgoing(mail: OutgoingMail): RenderedOutgoing {
  const { subject, text } = renderMail(mail.content, mail.language);
  return { to: mail.to, language: mail.language, template: mail.content.template, subject, text, requestId: mail.requestId ?? null };
}

const HOUR_MS = 3_600_000;

/**
 * Plain SMTP through nodemailer. Each mail passes two caps first (attack 12: a flood of requests must
 * not turn Pledge into a mail cannon): per recipient and in total, per rolling hour.
 */
export function createMailer(config: MailConfig, db: Db, logger: Pick<Logger, 'warn' | 'error'>, now: () => Date = () => new Date()): Mailer {
  const transport: Transporter | null = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : null;

  const deliver = async (mail: RenderedOutgoing): Promise<MailStatus> => {
    const at = now();
    const hash = recipientHash(mail.to);
    const log = (status: MailStatus) => insertMailLog(db, { at, recipientHash: hash, template: mail.template, requestId: mail.requestId ?? null, status });
    if (!transport) {
      logger.warn({ template: mail.template }, 'mail not sent: SMTP_URL is not set');
      await log('disabled');
      return 'disabled';
    }
    const sent = await countMailsSentSince(db, hash, new Date(at.getTime() - HOUR_MS));
    if (sent.recipient >= config.maxPerRecipientPerHour || sent.total >= config.maxPerHour) {
      logger.warn({ template: mail.template, perRecipient: sent.recipient, total: sent.total }, 'mail not sent: hourly cap reached');
      await log('capped');
      return 'capped';
    }
    try {
      await transport.sendMail({
        from: config.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        // RFC 3834 §5: automatic mail; auto-responders should not answer it.
        headers: { 'Auto-Submitted': 'auto-generated', 'Content-Language': mail.language },
      });
    } catch (error) {
      // The SMTP error may quote the address: log its kind only.
      logger.error({ template: mail.template, code: (error as { code?: unknown }).code }, 'mail could not be sent');
      await log('failed');
      return 'failed';
    }
    await log('sent');
    return 'sent';
  };

  return { send: (mail) => deliver(renderOutgoing(mail)), deliver, close: () => transport?.close() };
}
