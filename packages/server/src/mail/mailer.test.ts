import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '@pledge/manifest';
import { createTestDatabase, type TestDatabase } from '../db/test-database.ts';
import { loadConfig } from '../config.ts';
import type { MailContent } from './mail-content.ts';
import { createMailer } from './mailer.ts';
import { renderMail } from './render-mail.ts';
import { startSmtpSink, type SmtpSink } from './testing/smtp-sink.ts';

const quiet = { warn: () => undefined, error: () => undefined };
const CONTENTS: MailContent[] = [
  { template: 'verification', reference: 'R-AAAAA-BBBBB', requestType: 'access', link: 'https://p.example/privacy/verify#ref=R&token=t', code: '123456', codeMinutes: 10 },
  { template: 'agent_confirmation', reference: 'R-AAAAA-BBBBB', requestType: 'erasure', link: 'https://p.example/x' },
  { template: 'delivery_change', reference: 'R-AAAAA-BBBBB', link: 'https://p.example/x', maskedAddress: 'n***@evil.example' },
  { template: 'acknowledgement', reference: 'R-AAAAA-BBBBB', requestType: 'know', dueDate: '2026-04-20' },
  { template: 'extension', reference: 'R-AAAAA-BBBBB', dueDate: '2026-06-10', reason: 'Data sits in 14 systems.' },
  { template: 'completion', reference: 'R-AAAAA-BBBBB', requestType: 'erasure' },
  { template: 'denial', reference: 'R-AAAAA-BBBBB', requestType: 'access', reason: 'excessive' },
  { template: 'deadline_reminder', items: [{ reference: 'R-AAAAA-BBBBB', requestType: 'access', dueDate: '2026-04-01', overdue: true }] },
  { template: 'notice_change', version: 2, effectiveDate: '2026-03-01', changes: ['Analytics data is kept 25 months.'], link: 'https://p.example/notice/versions/2' },
];

let sink: SmtpSink;
let database: TestDatabase;
beforeAll(async () => {
  sink = await startSmtpSink();
  database = await createTestDatabase();
});
afterAll(async () => {
  await sink.close();
  await database.destroy();
});

const mailConfig = (env: Record<string, string> = {}) => loadConfig({ SMTP_URL: sink.url, MAIL_FROM: 'Acme Privacy <privacy@shop.example.com>', ...env }).mail;

describe('mail templates', () => {
  it.each(LANGUAGES)('renders every template in %s, with the reference and without placeholders left', (language) => {
    for (const content of CONTENTS) {
      const { subject, text } = renderMail(content, language);
      expect(subject.length, content.template).toBeGreaterThan(5);
      if ('reference' in content) expect(text, content.template).toContain(content.reference);
      expect(`${subject}${text}`, content.template).not.toMatch(/undefined|\$\{|\[object/);
    }
    expect(renderMail(CONTENTS[4]!, language).text).toContain('Data sits in 14 systems.');
  });
});

describe('mailer over real SMTP', () => {
  it('delivers a plain-text mail marked as automatic, in the language asked for, and logs it without the address', async () => {
    const mailer = createMailer(mailConfig(), database.db, quiet);
    expect(await mailer.send({ to: 'anna@example.org', language: 'de', content: CONTENTS[0]! })).toBe('sent');
    const mail = await sink.waitFor((m) => sink.to('anna@example.org').includes(m));
    expect(mail.subject).toBe('Bestätigen Sie Ihren Datenschutzantrag R-AAAAA-BBBBB');
    expect(mail.from?.text).toContain('privacy@shop.example.com');
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    expect(mail.text).toContain('123456');
    expect(mail.html).toBe(false);
    const logged = await database.db.selectFrom('mail_log').selectAll().execute();
    expect(JSON.stringify(logged)).not.toContain('anna@example.org');
    mailer.close();
  });

  it('attack 12: stops at the hourly cap per recipient, and at the global cap', async () => {
    const perRecipient = createMailer(mailConfig({ MAIL_MAX_PER_RECIPIENT_PER_HOUR: '2' }), database.db, quiet);
    const results = [];
    for (let i = 0; i < 4; i += 1) results.push(await perRecipient.send({ to: 'flood@example.org', language: 'en', content: CONTENTS[5]! }));
    expect(results).toEqual(['sent', 'sent', 'capped', 'capped']);
    expect(await perRecipient.send({ to: 'other@example.org', language: 'en', content: CONTENTS[5]! })).toBe('sent');
    const sentSoFar = (await database.db.selectFrom('mail_log').select('status').where('status', '=', 'sent').execute()).length;
    const global = createMailer(mailConfig({ MAIL_MAX_PER_HOUR: String(sentSoFar) }), database.db, quiet);
    expect(await global.send({ to: 'fresh@example.org', language: 'en', content: CONTENTS[5]! })).toBe('capped');
    expect(sink.to('flood@example.org')).toHaveLength(2);
    expect(sink.to('fresh@example.org')).toHaveLength(0);
    perRecipient.close();
    global.close();
  });

  it('reports (not throws) when SMTP is not configured or not reachable', async () => {
    const disabled = createMailer(loadConfig({}).mail, database.db, quiet);
    expect(await disabled.send({ to: 'x@example.org', language: 'en', content: CONTENTS[5]! })).toBe('disabled');
    const unreachable = createMailer(loadConfig({ SMTP_URL: 'smtp://127.0.0.1:1' }).mail, database.db, quiet);
    expect(await unreachable.send({ to: 'x@example.org', language: 'en', content: CONTENTS[5]! })).toBe('failed');
    unreachable.close();
  });
});
