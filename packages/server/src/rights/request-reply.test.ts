import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { createMailDelivery } from '../mail-delivery.ts';
import { quietLogger } from '../mail/testing/database-and-sink.ts';
import { startSmtpSink } from '../mail/testing/smtp-sink.ts';
import { bearer } from '../testing/test-app.ts';
import { REPLY_LIMITS } from './request-reply.service.ts';
import { createRightsTestApp, requestId, secretsFrom, submit, uniqueEmail, verificationMail, view, type RightsTestApp } from './testing/rights-test-kit.ts';

let t: RightsTestApp;
beforeAll(async () => {
  t = await createRightsTestApp();
});
afterAll(() => t.close());

const reply = (id: string, message: unknown, headers = t.support) =>
  t.app.inject({ method: 'POST', url: `/v1/admin/requests/${id}/reply`, headers, payload: { message } });

async function request(options: { verify: boolean; language?: string; type?: string; jurisdiction?: string }) {
  const email = uniqueEmail();
  const r = await submit(t, { type: options.type ?? 'access', jurisdiction: options.jurisdiction ?? 'gdpr', email, language: options.language ?? 'en' });
  if (options.verify) {
    const { token } = secretsFrom(await verificationMail(t, email, r.reference));
    const res = await t.app.inject({ method: 'POST', url: `/v1/requests/${r.reference}/verification/link`, payload: { token } });
    expect(res.statusCode, res.body).toBe(200);
  }
  return { ...r, email, id: await requestId(t, r.reference) };
}

describe('POST /v1/admin/requests/:id/reply', () => {
  it('mails a support agent’s message to the verified address, in the person’s language, and records who replied but not what', async () => {
    const r = await request({ verify: true, language: 'nl' });
    const message = 'We hebben je gegevens gevonden in twee systemen.\nJe hoort binnen een week meer.';
    const res = await reply(r.id, `  ${message}  `);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ mail: 'sent' });

    const mail = await t.smtp.waitFor((m) => m.subject === `Een bericht over je privacyverzoek ${r.reference}`);
    expect(t.smtp.to(r.email)).toContain(mail);
    expect(mail.text).toContain(message);
    expect(mail.text).toContain('Hallo,');

    const events = await t.db.selectFrom('rights_request_events').selectAll().where('request_id', '=', r.id).where('kind', '=', 'reply_sent').execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor: `key:${(await t.apiKeys.authenticate(t.keys.support_agent))!.keyId}`, visible_to_person: true, details: { characters: message.length } });
    expect(JSON.stringify(events[0]!.details)).not.toContain('systemen');

    const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'rights_request.replied').where('target', '=', `rights_request:${r.id}`).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor).toMatch(/^key:/);
    expect(JSON.stringify(audit[0]!.details)).not.toContain('systemen');
    // The person sees that a reply was sent on their status page.
    expect((await view(t, r.reference, r.statusToken)).timeline.map((e) => e.kind)).toContain('reply_sent');
  });

  it('refuses with 409 before the person has proven the address, and mails nothing', async () => {
    const r = await request({ verify: false });
    const res = await reply(r.id, 'Please confirm your request first.');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('delivery_address_unverified');
    // CCPA opt-outs need no verification, so their address is never proven: no replies either.
    const optOut = await request({ verify: false, type: 'opt_out_sale_share', jurisdiction: 'ccpa' });
    expect((await reply(optOut.id, 'Your opt-out is recorded.')).json().error.code).toBe('delivery_address_unverified');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(t.smtp.messages.filter((m) => (m.subject ?? '').includes(r.reference) && (m.subject ?? '').startsWith('A message'))).toHaveLength(0);
    expect(await t.db.selectFrom('rights_request_events').select('id').where('request_id', '=', r.id).where('kind', '=', 'reply_sent').execute()).toHaveLength(0);
  });

  it('names the field and the rule for a message that is empty, too long or holds control characters; 404 for an unknown request', async () => {
    const r = await request({ verify: true });
    for (const [message, rule] of [['  ', 'too_small'], ['x'.repeat(5001), 'too_big'], ['Hello\u0007 there', 'invalid_format'], [42, 'invalid_type']] as const) {
      const res = await reply(r.id, message);
      expect(res.statusCode, String(message).slice(0, 20)).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
      expect(JSON.stringify(res.json().error.details)).toContain('message');
      expect(JSON.stringify(res.json().error.details), String(message).slice(0, 20)).toContain(rule);
    }
    expect((await reply('00000000-0000-4000-8000-000000000000', 'Hello there')).statusCode).toBe(404);
  });

  it('lets admins, officers and support agents reply; an auditor gets 403', async () => {
    const r = await request({ verify: true });
    expect((await reply(r.id, 'From an officer.', t.officer)).statusCode).toBe(200);
    expect((await reply(r.id, 'From an admin.', t.admin)).statusCode).toBe(200);
    const auditor = await reply(r.id, 'From an auditor.', bearer(t.keys.auditor));
    expect(auditor.statusCode).toBe(403);
    expect(auditor.json().error.code).toBe('forbidden');
  });

  it(`allows ${REPLY_LIMITS.perRequestPerDay} replies per request a day, then 429`, async () => {
    const r = await request({ verify: true });
    for (let i = 0; i < REPLY_LIMITS.perRequestPerDay; i += 1) expect((await reply(r.id, `Message number ${i}`)).statusCode).toBe(200);
    const res = await reply(r.id, 'One too many.');
    expect(res.statusCode).toBe(429);
    expect(res.json().error).toMatchObject({ code: 'rate_limited', details: { limit: 'per_request_per_day' } });
  });
});

describe('a reply the mailer does not send', () => {
  it('answers with the mailer’s reason and notes it on the staff timeline', async () => {
    const capped = await createRightsTestApp({ env: { MAIL_MAX_PER_RECIPIENT_PER_HOUR: '1' } });
    try {
      const email = uniqueEmail();
      const r = await submit(capped, { type: 'access', email, language: 'en' });
      const { token } = secretsFrom(await verificationMail(capped, email, r.reference));
      await capped.app.inject({ method: 'POST', url: `/v1/requests/${r.reference}/verification/link`, payload: { token } });
      const id = await requestId(capped, r.reference);
      const res = await capped.app.inject({ method: 'POST', url: `/v1/admin/requests/${id}/reply`, headers: capped.support, payload: { message: 'Over the hourly cap.' } });
      expect(res.json()).toEqual({ mail: 'capped' });
      const kinds = (await capped.db.selectFrom('rights_request_events').select(['kind', 'visible_to_person']).where('request_id', '=', id).execute()).filter((e) => e.kind.startsWith('reply'));
      expect(kinds).toEqual([{ kind: 'reply_sent', visible_to_person: true }, { kind: 'reply_not_sent', visible_to_person: false }]);
    } finally {
      await capped.close();
    }
  });
});

const MAIL_KEY = Buffer.alloc(32, 7).toString('base64');

describe('a reply while the SMTP server is down', () => {
  it('answers `retrying`, keeps the mail in the outbox and delivers it once the server is back', async () => {
    const down = await createRightsTestApp({ env: { PLEDGE_MAIL_KEY: MAIL_KEY } });
    try {
      const email = uniqueEmail();
      const r = await submit(down, { type: 'access', email, language: 'en' });
      const { token } = secretsFrom(await verificationMail(down, email, r.reference));
      await down.app.inject({ method: 'POST', url: `/v1/requests/${r.reference}/verification/link`, payload: { token } });
      const id = await requestId(down, r.reference);
      const port = Number(new URL(down.smtp.url).port);
      await down.smtp.close();
      const res = await down.app.inject({ method: 'POST', url: `/v1/admin/requests/${id}/reply`, headers: down.support, payload: { message: 'Sent while the mail server is down.' } });
      expect(res.json()).toEqual({ mail: 'retrying' });
      const kinds = (await down.db.selectFrom('rights_request_events').select('kind').where('request_id', '=', id).execute()).map((e) => e.kind).filter((k) => k.startsWith('reply'));
      expect(kinds).toEqual(['reply_sent', 'reply_mail_retrying']);
      expect(await down.db.selectFrom('mail_outbox').select('id').where('request_id', '=', id).execute()).toHaveLength(1);
      down.smtp = await startSmtpSink({ port });
      // The retry waits its backoff; make it due, as time passing would. A drainer (serve or worker) sends it.
      await down.db.updateTable('mail_outbox').set({ next_attempt_at: new Date(Date.now() - 1000).toISOString() }).where('request_id', '=', id).execute();
      const drainer = createMailDelivery(loadConfig({ SMTP_URL: down.smtp.url, PLEDGE_MAIL_KEY: MAIL_KEY, LOG_LEVEL: 'silent', PLEDGE_DATA_DIR: 'memory://' }), down.db, quietLogger);
      expect(await drainer.outbox.drain()).toBe(1);
      drainer.close();
      const mail = await down.smtp.waitFor((m) => (m.text ?? '').includes('Sent while the mail server is down.'));
      expect(down.smtp.to(email)).toContain(mail);
    } finally {
      await down.close();
    }
  });
});
