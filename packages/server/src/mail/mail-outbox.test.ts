import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { inTransaction } from '../db/database.ts';
import { createMailDelivery } from '../mail-delivery.ts';
import { requestId, secretsFrom, submit, uniqueEmail, createRightsTestApp, type RightsTestApp } from '../rights/testing/rights-test-kit.ts';
import { findRequestById } from '../rights/requests.repository.ts';
import { createMailer } from './mailer.ts';
import { createMailOutbox } from './mail-outbox.ts';
import { startOutboxDrainer } from './mail-outbox-drainer.ts';
import { countOutboxMails } from './mail-outbox.repository.ts';
import { startSmtpSink, type SmtpSink } from './testing/smtp-sink.ts';

const quiet = { warn: () => undefined, error: () => undefined, info: () => undefined };
const MAIL_KEY = Buffer.alloc(32, 9).toString('base64');

/** A port where an SMTP server ran and is now down: mails to it fail until a sink starts there again. */
async function downSmtpPort(): Promise<number> {
  const probe = await startSmtpSink();
  await probe.close();
  return Number(new URL(probe.url).port);
}

let port: number;
let t: RightsTestApp;
let sink: SmtpSink | null = null;
const env = () => ({ SMTP_URL: `smtp://127.0.0.1:${port}`, PLEDGE_MAIL_KEY: MAIL_KEY, LOG_LEVEL: 'silent', PLEDGE_DATA_DIR: 'memory://' });

beforeAll(async () => {
  port = await downSmtpPort();
  // The rights app mails through the down server; its own sink (t.smtp) is never used here.
  t = await createRightsTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${port}`, PLEDGE_MAIL_KEY: MAIL_KEY } });
});
afterAll(async () => {
  await sink?.close();
  await t.close();
});

/** Another process with the same configuration: its own transport and outbox, sharing only the database and key. */
const otherProcess = () => createMailDelivery(loadConfig(env()), t.db, quiet);
const mailLog = async (id: string) => (await t.db.selectFrom('mail_log').select(['template', 'status']).where('request_id', '=', id).orderBy('at').execute()).map((r) => `${r.template}:${r.status}`);

describe('mail outbox', () => {
  it('an SMTP server down at commit time: the intake still answers, and the verification mail arrives later, once', async () => {
    const email = uniqueEmail('outbox');
    const { reference, statusToken } = await submit(t, { type: 'access', email });
    const id = await requestId(t, reference);
    expect(await mailLog(id)).toEqual(['verification:failed']);
    const [row] = await t.db.selectFrom('mail_outbox').selectAll().where('request_id', '=', id).execute();
    expect(row).toMatchObject({ template: 'verification', attempts: 1, locked_by: null });
    // Sealed at rest: neither the address nor the reference (nor the code) is readable in the row.
    expect(Buffer.from(row!.ciphertext).toString('latin1')).not.toContain(email);
    expect(Buffer.from(row!.ciphertext).toString('latin1')).not.toContain(reference);

    sink = await startSmtpSink({ port });
    const drainer = otherProcess();
    // The first retry waits its backoff (30 s); make it due, as time passing would.
    await t.db.updateTable('mail_outbox').set({ next_attempt_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', row!.id).execute();
    expect(await drainer.outbox.drain()).toBe(1);
    expect(await drainer.outbox.drain()).toBe(0);
    drainer.close();

    const mails = sink.to(email);
    expect(mails).toHaveLength(1);
    const { code } = secretsFrom(mails[0]!);
    const verified = await t.app.inject({ method: 'POST', url: `/v1/requests/${reference}/verification/code`, payload: { token: statusToken, code } });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(await mailLog(id)).toEqual(['verification:failed', 'verification:sent']);
    expect(await t.db.selectFrom('mail_outbox').select('id').where('request_id', '=', id).execute()).toEqual([]);
  });

  it('a writer that dies between commit and send: a drainer sends the mail once its lease lapses, and records what it announces', async () => {
    sink ??= await startSmtpSink({ port });
    // CCPA: the acknowledgement counts only once it has gone out (rights-mail-effects.ts).
    const writer = createMailOutbox({ db: t.db, mailer: createMailer(loadConfig(env()).mail, t.db, quiet), key: Buffer.from(MAIL_KEY, 'base64'), logger: quiet, leaseMs: 200 });
    const email = uniqueEmail('crash');
    const { reference } = await submit(t, { type: 'know', jurisdiction: 'ccpa', email });
    const id = await requestId(t, reference);
    expect((await findRequestById(t.db, id))!.acknowledgedAt).not.toBeNull(); // sent at once: the server is up now
    await t.db.updateTable('rights_requests').set({ acknowledged_at: null }).where('id', '=', id).execute();

    // Committed, then "killed" before send(): nothing goes out until the writer's lease lapses.
    await inTransaction(t.db, (tx) =>
      writer.enqueue(tx, { to: email, language: 'en', template: 'acknowledgement', subject: `Again ${reference}`, text: 'x', requestId: id, onSent: { effect: 'rights.acknowledged' } }),
    );
    const drainer = otherProcess();
    expect(await drainer.outbox.drain()).toBe(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(await drainer.outbox.drain()).toBe(1);
    expect(await drainer.outbox.drain()).toBe(0);
    drainer.close();
    expect(sink.messages.filter((m) => m.subject === `Again ${reference}`)).toHaveLength(1);
    expect((await findRequestById(t.db, id))!.acknowledgedAt).not.toBeNull();
  });

  it('the drainer loop of `pledge serve` and `pledge worker` picks such mails up on its own, and stops cleanly', async () => {
    sink ??= await startSmtpSink({ port });
    const writer = createMailOutbox({ db: t.db, mailer: createMailer(loadConfig(env()).mail, t.db, quiet), key: Buffer.from(MAIL_KEY, 'base64'), logger: quiet, leaseMs: 1 });
    await inTransaction(t.db, (tx) => writer.enqueue(tx, { to: 'loop@example.org', language: 'en', template: 'completion', subject: 'From the loop', text: 'x' }));
    const delivery = otherProcess();
    const drainer = startOutboxDrainer(delivery.outbox, quiet, 20);
    await sink.waitFor((m) => m.subject === 'From the loop');
    await drainer.stop();
    delivery.close();
    expect(sink.to('loop@example.org')).toHaveLength(1);
  });

  it('a mail pushed in a transaction that rolls back is never written, so never sent', async () => {
    const before = await countOutboxMails(t.db);
    const outbox = createMailOutbox({ db: t.db, mailer: { deliver: async () => 'sent' as const }, key: Buffer.from(MAIL_KEY, 'base64'), logger: quiet });
    await expect(
      inTransaction(t.db, async (tx) => {
        await outbox.enqueue(tx, { to: 'x@example.org', language: 'en', template: 'completion', subject: 's', text: 't' });
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    expect(await countOutboxMails(t.db)).toBe(before);
  });

  it('leaves a mail sealed under another key to the process that holds it, and gives it up once expired', async () => {
    const writer = createMailOutbox({ db: t.db, mailer: { deliver: async () => 'sent' as const }, key: Buffer.alloc(32, 1), logger: quiet, leaseMs: 1 });
    const id = await inTransaction(t.db, (tx) => writer.enqueue(tx, { to: 'y@example.org', language: 'en', template: 'completion', subject: 's', text: 't' }));
    await new Promise((r) => setTimeout(r, 20));
    const delivered: string[] = [];
    const errors: string[] = [];
    const recording = { warn: () => undefined, error: ((_fields: unknown, msg?: string) => void errors.push(String(msg))) as never };
    const other = createMailOutbox({ db: t.db, mailer: { deliver: async (m) => (delivered.push(m.to), 'sent' as const) }, key: Buffer.alloc(32, 2), logger: recording, maxAgeMs: 60_000 });
    expect(await other.drain()).toBe(1);
    expect(await t.db.selectFrom('mail_outbox').select(['id', 'last_error']).where('id', '=', id).execute()).toEqual([{ id, last_error: 'sealed under another key' }]);
    const expired = createMailOutbox({ db: t.db, mailer: { deliver: async () => 'sent' as const }, key: Buffer.alloc(32, 2), logger: recording, maxAgeMs: 0 });
    await t.db.updateTable('mail_outbox').set({ next_attempt_at: new Date(0).toISOString() }).where('id', '=', id).execute();
    expect(await expired.drain()).toBe(1);
    expect(await t.db.selectFrom('mail_outbox').select('id').where('id', '=', id).execute()).toEqual([]);
    expect(delivered).toEqual([]);
    expect(errors.at(-1)).toMatch(/given up: sealed under another key/);
  });
});
