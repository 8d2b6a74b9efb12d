import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRightsTestApp, requestId, secretsFrom, submit, uniqueEmail, verificationMail, view, type RightsTestApp } from './testing/rights-test-kit.ts';

let t: RightsTestApp;
beforeAll(async () => {
  t = await createRightsTestApp();
});
afterAll(() => t.close());

async function newRequest(type = 'access') {
  const email = uniqueEmail();
  const { reference, statusToken } = await submit(t, { type, email });
  const { token, code } = secretsFrom(await verificationMail(t, email, reference));
  return { email, reference, statusToken, token, code };
}
const byLink = (reference: string, token: string) => t.app.inject({ method: 'POST', url: `/v1/requests/${reference}/verification/link`, payload: { token } });
const byCode = (reference: string, token: string, code: string) => t.app.inject({ method: 'POST', url: `/v1/requests/${reference}/verification/code`, payload: { token, code } });
const GENERIC = { code: 'verification_failed', message: 'This link or code is not valid. It may have expired or been used; ask for a new one.' };

describe('e-mail verification', () => {
  it('the link verifies once; the request moves to verified with the proof on its timeline', async () => {
    const r = await newRequest();
    const res = await byLink(r.reference, r.token);
    expect(res.statusCode).toBe(200);
    const status = await view(t, r.reference, r.statusToken);
    expect(status.state).toBe('verified');
    expect(status.timeline.map((e) => e.kind)).toEqual(['received', 'state_changed', 'identity_proof', 'state_changed']);
  });

  it('attack 8: a reused link is rejected with the generic message', async () => {
    const r = await newRequest();
    expect((await byLink(r.reference, r.token)).statusCode).toBe(200);
    const again = await byLink(r.reference, r.token);
    expect(again.statusCode).toBe(400);
    expect(again.json().error).toMatchObject(GENERIC);
  });

  it('attack 8: a link is bound to its request: used with another reference it fails, and stays unused', async () => {
    const a = await newRequest();
    const b = await newRequest();
    const cross = await byLink(b.reference, a.token);
    expect(cross.statusCode).toBe(400);
    expect(cross.json().error).toMatchObject(GENERIC);
    expect((await view(t, b.reference, b.statusToken)).state).toBe('identity_verification');
    expect((await byLink(a.reference, a.token)).statusCode).toBe(200);
  });

  it('attack 8: an expired link and an expired code are rejected (codes live 10 minutes)', async () => {
    const r = await newRequest();
    const id = await requestId(t, r.reference);
    const challenge = await t.db.selectFrom('rights_verification_challenges').selectAll().where('request_id', '=', id).executeTakeFirstOrThrow();
    expect(challenge.code_expires_at!.getTime() - challenge.created_at.getTime()).toBe(10 * 60_000);
    const past = new Date(Date.now() - 1000).toISOString();
    await t.db.updateTable('rights_verification_challenges').set({ code_expires_at: past, link_expires_at: past }).where('request_id', '=', id).execute();
    expect((await byCode(r.reference, r.statusToken, r.code!)).json().error).toMatchObject(GENERIC);
    expect((await byLink(r.reference, r.token)).json().error).toMatchObject(GENERIC);
  });

  it('the code verifies once', async () => {
    const r = await newRequest();
    const res = await byCode(r.reference, r.statusToken, r.code!);
    expect(res.statusCode).toBe(200);
    expect(res.json().state).toBe('verified');
    expect((await byCode(r.reference, r.statusToken, r.code!)).statusCode).toBe(400);
  });

  it('attack 9: five wrong codes lock the challenge; even the right code then fails', async () => {
    const r = await newRequest();
    const wrong = r.code === '000000' ? '000001' : '000000';
    const answers = await Promise.all(Array.from({ length: 8 }, () => byCode(r.reference, r.statusToken, wrong)));
    const codes = answers.map((a) => a.json().error.code);
    expect(codes.filter((c) => c === 'verification_failed')).toHaveLength(4);
    expect(codes.filter((c) => c === 'verification_locked')).toHaveLength(4);
    const right = await byCode(r.reference, r.statusToken, r.code!);
    expect(right.statusCode).toBe(429);
    expect(right.json().error.code).toBe('verification_locked');
    const attempts = await t.db.selectFrom('rights_verification_challenges').select('attempts').where('request_id', '=', await requestId(t, r.reference)).executeTakeFirstOrThrow();
    expect(attempts.attempts).toBe(5);
    expect((await view(t, r.reference, r.statusToken)).timeline.map((e) => e.kind)).toContain('verification_locked');
  });

  it('a new mail replaces the old link and code; after five mails no more are sent', async () => {
    const r = await newRequest();
    const resend = () => t.app.inject({ method: 'POST', url: `/v1/requests/${r.reference}/verification/resend`, payload: { token: r.statusToken } });
    expect((await resend()).statusCode).toBe(202);
    await t.smtp.waitFor(() => t.smtp.to(r.email).length === 2);
    const fresh = secretsFrom(t.smtp.to(r.email)[1]!);
    expect((await byLink(r.reference, r.token)).statusCode).toBe(400);
    expect((await byCode(r.reference, r.statusToken, r.code!)).statusCode).toBe(fresh.code === r.code ? 200 : 400);
    for (let i = 0; i < 3; i += 1) expect((await resend()).statusCode).toBe(202);
    expect((await resend()).json().error.code).toBe('rate_limited');
    expect(t.smtp.to(r.email)).toHaveLength(5);
  });

  it('codes and links need the status token; a wrong token is the same 404 as an unknown reference', async () => {
    const r = await newRequest();
    const wrongToken = await byCode(r.reference, 'x'.repeat(43), r.code!);
    const unknown = await byCode('R-00000-00000', r.statusToken, r.code!);
    expect(wrongToken.statusCode).toBe(404);
    expect(wrongToken.body).toBe(unknown.body);
    expect((await byLink('R-00000-00000', r.token)).json().error).toMatchObject(GENERIC);
  });
});

describe('status page', () => {
  it("shows state, deadline and the person's timeline, never internal events or staff notes", async () => {
    const r = await newRequest();
    const id = await requestId(t, r.reference);
    const noted = await t.app.inject({ method: 'POST', url: `/v1/admin/requests/${id}/proofs`, headers: t.support, payload: { method: 'knowledge_questions', note: 'INTERNAL NOTE: sounded nervous' } });
    expect(noted.json().events.at(-1).details.note).toBe('INTERNAL NOTE: sounded nervous');
    await byLink(r.reference, r.token);
    const res = await t.app.inject({ url: `/v1/requests/${r.reference}?token=${r.statusToken}` });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json()).sort()).toEqual(['denialReason', 'dueAt', 'extended', 'jurisdiction', 'package', 'receivedAt', 'reference', 'state', 'timeline', 'type', 'viaAgent']);
    expect(res.json().package).toBeNull();
    expect(res.json().viaAgent).toBe(false);
    expect(res.body).not.toContain('INTERNAL');
    expect(res.body).not.toContain(r.email);
    expect((await t.app.inject({ url: `/v1/requests/${r.reference}?token=${'y'.repeat(43)}` })).statusCode).toBe(404);
  });
});
