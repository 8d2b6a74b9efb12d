import nodemailer from 'nodemailer';
import type { Logger } from 'pino';
import type { Db } from '../db/database.ts';
import type { MailConfig } from '../mail/mail-config.ts';
import { countMailsSentSince, insertMailLog, recipientHash } from '../mail/mail-log.repository.ts';
import type { RightsRequest } from '../rights/request-model.ts';

/** The three mails fulfilment sends. Tests pass a recorder; the server, createFulfilmentMail. */
export interface FulfilmentMail {
  packageReady(request: RightsRequest, link: string, expiresAt: Date): Promise<void>;
  downloadCode(request: RightsRequest, code: string): Promise<void>;
  answer(request: RightsRequest, summary: string): Promise<void>;
}

type Lang = 'en' | 'nl' | 'de';
const TEXTS: Record<Lang, { ready: [string, string]; code: [string, string]; answer: [string, string] }> = {
  en: {
    ready: ['Your data is ready ({ref})', 'The copy of your personal data is ready. Open this link to download it; we will send a code to this address to confirm it is you. The link works once, until {date}.\n\n{link}\n'],
    code: ['Your download code ({ref})', 'Your code to download your data: {code}\n\nIt works for 10 minutes. If you did not ask for it, ignore this mail.\n'],
    answer: ['Your request is done ({ref})', 'We have carried out your request. What we did, and what we had to keep and why:\n\n{summary}\n'],
  },
  nl: {
    ready: ['Je gegevens staan klaar ({ref})', 'De kopie van je persoonsgegevens staat klaar. Open deze link om haar te downloaden; we sturen een code naar dit adres om te bevestigen dat jij het bent. De link werkt één keer, tot {date}.\n\n{link}\n'],
    code: ['Je downloadcode ({ref})', 'Je code om je gegevens te downloaden: {code}\n\nHij werkt 10 minuten. Heb je hier niet om gevraagd, negeer deze mail dan.\n'],
    answer: ['Je verzoek is afgehandeld ({ref})', 'We hebben je verzoek uitgevoerd. Wat we deden, en wat we moesten bewaren en waarom:\n\n{summary}\n'],
  },
  de: {
    ready: ['Ihre Daten liegen bereit ({ref})', 'Die Kopie Ihrer personenbezogenen Daten liegt bereit. Öffnen Sie diesen Link zum Herunterladen; wir senden einen Code an diese Adresse, um zu bestätigen, dass Sie es sind. Der Link funktioniert einmal, bis {date}.\n\n{link}\n'],
    code: ['Ihr Download-Code ({ref})', 'Ihr Code zum Herunterladen Ihrer Daten: {code}\n\nEr gilt 10 Minuten. Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail.\n'],
    answer: ['Ihre Anfrage ist erledigt ({ref})', 'Wir haben Ihre Anfrage ausgeführt. Was wir getan haben und was wir aufbewahren mussten, und warum:\n\n{summary}\n'],
  },
};

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

/**
 * Sends through SMTP_URL with the same hourly caps and mail log as mail/ (attack 12). Results go only to the
 * request's delivery address, which rights/ changes only after confirmation on the old one (attack 2).
 */
export function createFulfilmentMail(config: MailConfig, db: Db, logger: Pick<Logger, 'warn' | 'error'>): FulfilmentMail {
  const transport = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : null;
  const send = async (request: RightsRequest, template: 'ready' | 'code' | 'answer', values: Record<string, string>) => {
    const lang: Lang = request.language in TEXTS ? (request.language as Lang) : 'en';
    const [subject, text] = TEXTS[lang][template].map((t) => fill(t, { ref: request.reference, ...values })) as [string, string];
    const at = new Date();
    const hash = recipientHash(request.deliveryEmail);
    const log = (status: 'sent' | 'capped' | 'failed' | 'disabled') => insertMailLog(db, { at, recipientHash: hash, template: `fulfilment_${template}`, requestId: request.id, status });
    if (!transport) return void (logger.warn({ template }, 'mail not sent: SMTP_URL is not set'), await log('disabled'));
    const sent = await countMailsSentSince(db, hash, new Date(at.getTime() - 3_600_000));
    if (sent.recipient >= config.maxPerRecipientPerHour || sent.total >= config.maxPerHour) return void (await log('capped'));
    try {
      await transport.sendMail({ from: config.from, to: request.deliveryEmail, subject, text, headers: { 'Auto-Submitted': 'auto-generated', 'Content-Language': lang } });
      await log('sent');
    } catch (error) {
      logger.error({ template, code: (error as { code?: unknown }).code }, 'mail could not be sent');
      await log('failed');
      throw new Error('the mail could not be sent', { cause: error });
    }
  };
  return {
    packageReady: (request, link, expiresAt) => send(request, 'ready', { link, date: expiresAt.toISOString().slice(0, 10) }),
    downloadCode: (request, code) => send(request, 'code', { code }),
    answer: (request, summary) => send(request, 'answer', { summary }),
  };
}
