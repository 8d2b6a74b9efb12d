import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRightsTestApp, requestId, rightsManifest, submit, uniqueEmail, verificationMail, view, type RightsTestApp } from './testing/rights-test-kit.ts';

let t: RightsTestApp;
beforeAll(async () => {
  t = await createRightsTestApp();
});
afterAll(() => t.close());

const post = (payload: object, headers = {}) => t.app.inject({ method: 'POST', url: '/v1/requests', payload, headers });

describe('POST /v1/requests', () => {
  it('answers 202 with a reference and a status token, and mails a code and a link to the given address', async () => {
    const email = uniqueEmail();
    const res = await post({ type: 'access', jurisdiction: 'gdpr', email, language: 'nl' });
    expect(res.statusCode).toBe(202);
    expect(res.headers['cache-control']).toBe('no-store');
    const { reference, statusToken } = res.json();
    expect(reference).toMatch(/^R-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(Buffer.from(statusToken, 'base64url')).toHaveLength(32);
    const mail = await verificationMail(t, email, reference);
    expect(mail.subject).toBe(`Bevestig je privacyverzoek ${reference}`);
    expect(mail.text).toMatch(/https:\/\/privacy\.example\.com\/privacy\/verify#ref=R-[^&]+&token=[A-Za-z0-9_-]{43}/);
    expect((await view(t, reference, statusToken)).state).toBe('identity_verification');
    // Only hashes of the secrets are stored.
    const row = await t.db.selectFrom('rights_requests').selectAll().where('reference', '=', reference).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(statusToken);
  });

  it('refuses a type the manifest does not offer under the jurisdiction, naming the field', async () => {
    const res = await post({ type: 'opt_out_sale_share', jurisdiction: 'gdpr', email: uniqueEmail() });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', details: [{ path: 'body.type', rule: 'not_offered' }] });
  });

  it.each([
    [{ type: 'rectification', email: 'a@example.org' }, 'body.corrections', 'required'],
    [{ type: 'access', email: 'a@example.org', corrections: [{ field: 'shop.customers.name', value: 'A' }] }, 'body.corrections', 'not_allowed'],
    [{ type: 'rectification', email: 'a@example.org', corrections: [{ field: 'shop.customers.name', value: 'A' }, { field: 'shop.customers.shoe_size', value: '44' }] }, 'body.corrections.1.field', 'not_declared'],
    [{ type: 'access', email: 'not-an-address' }, 'body.email', 'invalid_format'],
    [{ type: 'access', email: 'a@example.org', deliverTo: 'b@evil.example' }, 'body.deliverTo', 'unrecognized_keys'],
    [{ type: 'telepathy', email: 'a@example.org' }, 'body.type', 'invalid_value'],
  ])('400 naming the field: %j', async (body, path, rule) => {
    const res = await post({ jurisdiction: 'gdpr', ...body });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path, rule })]));
  });

  it('takes a rectification with corrected values for declared fields', async () => {
    const { reference } = await submit(t, { type: 'rectification', email: uniqueEmail(), corrections: [{ field: 'shop.customers.name', value: 'Anna de Vries' }] });
    const detail = await t.app.inject({ url: `/v1/admin/requests/${await requestId(t, reference)}`, headers: t.support });
    expect(detail.json().corrections).toEqual([{ field: 'shop.customers.name', value: 'Anna de Vries' }]);
  });

  it('CCPA opt-out and limit requests need no verification: straight to verified, due in 15 business days', async () => {
    for (const type of ['opt_out_sale_share', 'limit_sensitive']) {
      const email = uniqueEmail();
      const { reference, statusToken } = await submit(t, { type, jurisdiction: 'ccpa', email });
      const status = await view(t, reference, statusToken);
      expect(status.state).toBe('verified');
      expect(status.timeline.map((e) => e.state)).toEqual([null, 'verified']);
      expect(t.smtp.to(email).some((m) => (m.text ?? '').includes('#ref='))).toBe(false);
    }
  });

  it('CCPA know/delete/correct: an acknowledgement mail at once, recorded as such', async () => {
    const email = uniqueEmail();
    const { reference, statusToken } = await submit(t, { type: 'know', jurisdiction: 'ccpa', email, language: 'en' });
    const ack = await t.smtp.waitFor((m) => m.subject === `We received your privacy request ${reference}`);
    expect(ack.text).toMatch(/We will answer by \d{4}-\d{2}-\d{2}/);
    expect((await view(t, reference, statusToken)).timeline.map((e) => e.kind)).toContain('acknowledged');
  });

  it('staff intake: the deadline runs from when the letter arrived, and the channel is kept', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/admin/requests',
      headers: t.support,
      payload: { type: 'erasure', jurisdiction: 'gdpr', email: uniqueEmail(), channel: 'postal', receivedAt: '2026-01-31T09:00:00+01:00' },
    });
    expect(res.statusCode).toBe(202);
    const detail = (await t.app.inject({ url: `/v1/admin/requests/${await requestId(t, res.json().reference)}`, headers: t.support })).json();
    expect(detail).toMatchObject({ channel: 'postal', receivedAt: '2026-01-31T08:00:00.000Z', dueAt: '2026-02-28T23:59:59.999Z', assuranceRequired: 'step_up' });
    const audit = await t.db.selectFrom('audit_log').select(['actor', 'action']).where('target', '=', `rights_request:${detail.id}`).execute();
    expect(audit[0]).toMatchObject({ action: 'rights_request.received', actor: expect.stringMatching(/^key:/) });
  });

  it('refuses agents when the manifest does not accept them (field named)', async () => {
    const manifest = await rightsManifest((r) => (r.authorisedAgents = { allowed: false, proof: [], personConfirms: true }));
    const strict = await createRightsTestApp({ manifest, database: { db: t.db, target: { dataDir: 'memory://' }, destroy: async () => undefined } });
    try {
      const res = await strict.app.inject({ method: 'POST', url: '/v1/requests', payload: { type: 'access', jurisdiction: 'gdpr', email: uniqueEmail(), agent: { name: 'Agent', email: 'agent@agency.example' } } });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details[0]).toMatchObject({ path: 'body.agent', rule: 'not_accepted' });
    } finally {
      await strict.close();
    }
  });
});
