import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { inTransaction } from '../db/database.ts';
import { createTestDatabase, type TestDatabase } from '../db/test-database.ts';
import { startSmtpSink, type SmtpSink } from '../mail/testing/smtp-sink.ts';
import { createFulfilmentMail } from './fulfilment-mail.ts';
import { insertApprovedRequest } from './testing/fulfilment-fixture.ts';

const quiet = { warn: () => undefined, error: () => undefined };
let database: TestDatabase;
let sink: SmtpSink;
beforeAll(async () => {
  database = await createTestDatabase();
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink.close();
  await database.destroy();
});

describe('fulfilment mails through the outbox', () => {
  it('with a transaction: written with it, sent by flush() after the commit, each by its own caller', async () => {
    const mail = createFulfilmentMail(loadConfig({ SMTP_URL: sink.url }).mail, database.db, quiet);
    const anna = await insertApprovedRequest(database.db, { type: 'access', email: 'anna.outbox@example.org' });
    const bert = await insertApprovedRequest(database.db, { type: 'access', email: 'bert.outbox@example.org' });

    // Bert's transaction is still open when Anna's caller flushes: Bert's mail is not visible yet and must wait for
    // Bert's own flush, not be lost from the queue.
    let releaseBert!: () => void;
    const bertOpen = new Promise<void>((resolve) => (releaseBert = resolve));
    let bertQueued!: () => void;
    const bertWritten = new Promise<void>((resolve) => (bertQueued = resolve));
    const bertTx = inTransaction(database.db, async (tx) => {
      await mail.downloadCode(bert, '222222', tx);
      bertQueued();
      await bertOpen;
    });
    await bertWritten;
    if (database.target.databaseUrl) {
      // On PostgreSQL the two transactions run side by side (PGlite has one connection, so it runs them in turn).
      await inTransaction(database.db, (tx) => mail.downloadCode(anna, '111111', tx));
      await mail.flush!();
      expect(sink.to('anna.outbox@example.org')).toHaveLength(1);
      expect(sink.to('bert.outbox@example.org')).toHaveLength(0);
    }
    releaseBert();
    await bertTx;
    await mail.flush!();
    if (!database.target.databaseUrl) {
      await inTransaction(database.db, (tx) => mail.downloadCode(anna, '111111', tx));
      await mail.flush!();
    }
    expect(sink.to('bert.outbox@example.org').map((m) => m.text)).toEqual([expect.stringContaining('222222')]);
    expect(sink.to('anna.outbox@example.org').map((m) => m.text)).toEqual([expect.stringContaining('111111')]);
    expect(await database.db.selectFrom('mail_outbox').select('id').execute()).toEqual([]);
  });

  it('without a transaction: written in one of its own and sent at once', async () => {
    const mail = createFulfilmentMail(loadConfig({ SMTP_URL: sink.url }).mail, database.db, quiet);
    const request = await insertApprovedRequest(database.db, { type: 'erasure', email: 'cleo.outbox@example.org', language: 'nl' });
    await mail.answer(request, '- shop/customers: 1 record(s) changed');
    expect(sink.to('cleo.outbox@example.org').map((m) => m.subject)).toEqual([`Je verzoek is afgehandeld (${request.reference})`]);
    const log = await database.db.selectFrom('mail_log').select(['template', 'status']).where('request_id', '=', request.id).execute();
    expect(log).toEqual([{ template: 'fulfilment_answer', status: 'sent' }]);
  });
});
