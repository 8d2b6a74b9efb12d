import type { Logger } from 'pino';
import { inTransaction, type Db } from '../db/database.ts';
import type { MailConfig } from '../mail/mail-config.ts';
import { createMailer } from '../mail/mailer.ts';
import { createMailOutbox, type MailOutbox } from '../mail/mail-outbox.ts';
import type { RightsRequest } from '../rights/request-model.ts';

/**
 * The three mails fulfilment sends. Tests pass a recorder; the server, createFulfilmentMail. Each mail goes through
 * the outbox: with `tx` it is written in the caller's transaction (it commits with the state it announces) and sent by
 * `flush()` after that commit; without, it is written in a transaction of its own and sent at once. Either way a mail
 * the SMTP server refused, or one a crash interrupted, is sent later by the outbox drainer.
 */
export interface FulfilmentMail {
  packageReady(request: RightsRequest, link: string, expiresAt: Date, tx?: Db): Promise<void>;
  downloadCode(request: RightsRequest, code: string, tx?: Db): Promise<void>;
  answer(request: RightsRequest, summary: string, tx?: Db): Promise<void>;
  /** After the commit of the transactions passed as `tx`: sends what they queued. */
  flush?(): Promise<void>;
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
/** The outbox's default writer lease (mail/mail-outbox.ts). */
const LEASE_MS = 60_000;

export function createFulfilmentMail(config: MailConfig, db: Db, logger: Pick<Logger, 'warn' | 'error'>, outbox?: MailOutbox): FulfilmentMail {
  const box = outbox ?? createMailOutbox({ db, mailer: createMailer(config, db, logger), key: config.outboxKey, logger });
  // Mails written in callers' transactions, sent by flush(). One instance serves concurrent requests: a flush that runs
  // before another caller's commit cannot see that caller's row yet, so it stays queued for that caller's own flush
  // (for at most the writer's lease; after that the outbox drainer has it).
  let queued: Array<{ id: string; at: number }> = [];
  const send = async (request: RightsRequest, template: 'ready' | 'code' | 'answer', values: Record<string, string>, tx: Db | undefined) => {
    const lang: Lang = request.language in TEXTS ? (request.language as Lang) : 'en';
    const [subject, text] = TEXTS[lang][template].map((t) => fill(t, { ref: request.reference, ...values })) as [string, string];
    const mail = { to: request.deliveryEmail, language: lang, template: `fulfilment_${template}`, subject, text, requestId: request.id };
    if (tx) return void queued.push({ id: await box.enqueue(tx, mail), at: Date.now() });
    const id = await inTransaction(db, (own) => box.enqueue(own, mail));
    await box.send([id]);
  };
  return {
    packageReady: (request, link, expiresAt, tx) => send(request, 'ready', { link, date: expiresAt.toISOString().slice(0, 10) }, tx),
    downloadCode: (request, code, tx) => send(request, 'code', { code }, tx),
    answer: (request, summary, tx) => send(request, 'answer', { summary }, tx),
    flush: async () => {
      const batch = queued;
      queued = [];
      const statuses = await box.send(batch.map((m) => m.id));
      const young = Date.now() - LEASE_MS;
      queued.push(...batch.filter((m, i) => statuses[i] === 'failed' && m.at > young));
    },
  };
}
