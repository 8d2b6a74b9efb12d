import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { inTransaction } from '../db/database.ts';
import { quietLogger, useDatabaseAndSink } from '../mail/testing/database-and-sink.ts';
import { createFulfilmentMail } from './fulfilment-mail.ts';
import { insertApprovedRequest } from './testing/fulfilment-fixture.ts';

const env = useDatabaseAndSink();

describe('fulfilment mails through the outbox', () => {
  it('with a transaction: written with it, sent by flush() after the commit, each by its own caller', async () => {
    const mail = createFulfilmentMail(loadConfig({ SMTP_URL: env.sink.url }).mail, env.database.db, quietLogger);
    const anna = await insertApprovedRequest(env.database.db, { type: 'access', email: 'anna.outbox@example.org' });
    const bert = await insertApprovedRequest(env.database.db, { type: 'access', email: 'bert.outbox@example.org' });

    // Bert's transaction is still open when Anna's caller flushes: Bert's mail is not visible yet and must wait for
    // Bert's own flush, not be lost from the queue.
    let releaseBert!: () => void;
    const bertOpen = new Promise<void>((resolve) => (releaseBert = resolve));
    let bertQueued!: () => void;
    const bertWritten = new Promise<void>((resolve) => (bertQueued = resolve));
    const bertTx = inTransaction(env.database.db, async (tx) => {
      await mail.downloadCode(bert, '222222', tx);
      bertQueued();
      await bertOpen;
    });
    await bertWritten;
    if (env.database.target.databaseUrl) {
      // On PostgreSQL the two transactions run side by side (PGlite has one connection, so it runs them in turn).
      await inTransaction(env.database.db, (tx) => mail.downloadCode(anna, '111111', tx));
      await mail.flush!();
      expect(env.sink.to('anna.outbox@example.org')).toHaveLength(1);
      expect(env.sink.to('bert.outbox@example.org')).toHaveLength(0);
    }
    releaseBert();
    await bertTx;
    await mail.flush!();
    if (!env.database.target.databaseUrl) {
      await inTransaction(env.database.db, (tx) => mail.downloadCode(anna, '111111', tx));
      await mail.flush!();
    }
    expect(env.sink.to('bert.outbox@example.org').map((m) => m.text)).toEqual([expect.stringContaining('222222')]);
    expect(env.sink.to('anna.outbox@example.org').map((m) => m.text)).toEqual([expect.stringContaining('111111')]);
    expect(await env.database.db.selectFrom('mail_outbox').select('id').execute()).toEqual([]);
  });

  it('without a transaction: written in one of its own and sent at once', async () => {
    const mail = createFulfilmentMail(loadConfig({ SMTP_URL: env.sink.url }).mail, env.database.db, quietLogger);
    const request = await insertApprovedRequest(env.database.db, { type: 'erasure', email: 'cleo.outbox@example.org', language: 'nl' });
    await mail.answer(request, '- shop/customers: 1 record(s) changed');
    expect(env.sink.to('cleo.outbox@example.org').map((m) => m.subject)).toEqual([`Je verzoek is afgehandeld (${request.reference})`]);
    const log = await env.database.db.selectFrom('mail_log').select(['template', 'status']).where('request_id', '=', request.id).execute();
    expect(log).toEqual([{ template: 'fulfilment_answer', status: 'sent' }]);
  });
});
