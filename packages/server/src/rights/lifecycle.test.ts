import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../testing/test-app.ts';
import { createRightsTestApp, requestId, secretsFrom, submit, uniqueEmail, verificationMail, view, type RightsTestApp } from './testing/rights-test-kit.ts';

let t: RightsTestApp;
beforeAll(async () => {
  t = await createRightsTestApp();
});
afterAll(() => t.close());

const days = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
const act = (id: string, action: string, payload?: object, headers = t.officer) =>
  t.app.inject({ method: 'POST', url: `/v1/admin/requests/${id}/${action}`, headers, ...(payload ? { payload } : {}) });
async function verifiedRequest(type = 'access', jurisdiction = 'gdpr') {
  const email = uniqueEmail();
  const r = await submit(t, { type, jurisdiction, email, language: 'en' });
  const { token } = secretsFrom(await verificationMail(t, email, r.reference));
  await t.app.inject({ method: 'POST', url: `/v1/requests/${r.reference}/verification/link`, payload: { token } });
  return { ...r, email, id: await requestId(t, r.reference) };
}
async function staffIntake(body: Record<string, unknown>) {
  const res = await t.app.inject({ method: 'POST', url: '/v1/admin/requests', headers: t.support, payload: { type: 'access', jurisdiction: 'gdpr', email: uniqueEmail(), channel: 'email', ...body } });
  return requestId(t, res.json().reference);
}

describe('lifecycle through the admin API', () => {
  it('verified → in_progress (approval) → completed; each step on the timeline, in the audit log, the person told', async () => {
    const r = await verifiedRequest();
    expect((await act(r.id, 'approve')).json().state).toBe('in_progress');
    expect((await act(r.id, 'complete')).json().state).toBe('completed');
    expect((await view(t, r.reference, r.statusToken)).timeline.map((e) => e.state).filter(Boolean)).toEqual(['identity_verification', 'verified', 'in_progress', 'completed']);
    const actions = (await t.db.selectFrom('audit_log').select('action').where('target', '=', `rights_request:${r.id}`).orderBy('seq').execute()).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['rights_request.received', 'rights_request.identity_verification', 'rights_request.verified', 'rights_request.in_progress', 'rights_request.completed']));
    const done = await t.smtp.waitFor((m) => m.subject === `Your privacy request ${r.reference} is complete`);
    expect(done.text).not.toContain(r.email);
  });

  it('illegal transitions are 409 naming from and to, and change nothing', async () => {
    const email = uniqueEmail();
    const r = await submit(t, { type: 'access', email });
    const id = await requestId(t, r.reference);
    const early = await act(id, 'approve');
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({ code: 'request_transition_illegal', details: { from: 'identity_verification', to: 'in_progress' } });
    expect((await act(id, 'complete')).json().error.details).toMatchObject({ from: 'identity_verification', to: 'completed' });
    const withdraw = () => t.app.inject({ method: 'POST', url: `/v1/requests/${r.reference}/withdraw`, payload: { token: r.statusToken } });
    expect((await withdraw()).json().state).toBe('withdrawn');
    expect((await withdraw()).json().error.details).toMatchObject({ from: 'withdrawn', to: 'withdrawn' });
    expect((await act(id, 'deny', { reason: 'unverifiable' })).json().error.details).toMatchObject({ from: 'withdrawn', to: 'denied' });
    expect((await view(t, r.reference, r.statusToken)).state).toBe('withdrawn');
  });

  it('deny as unverifiable takes effect at once and tells the person why', async () => {
    const email = uniqueEmail();
    const r = await submit(t, { type: 'access', email, language: 'en' });
    const res = await act(await requestId(t, r.reference), 'deny', { reason: 'unverifiable' });
    expect(res.json()).toMatchObject({ state: 'denied', denialReason: 'unverifiable' });
    const mail = await t.smtp.waitFor((m) => m.subject === `We cannot carry out your privacy request ${r.reference}`);
    expect(mail.text).toContain('we could not verify your identity');
  });
});

describe('deadlines and extensions', () => {
  it('GDPR: extended once, before the deadline, with the reason mailed to the person; not twice', async () => {
    const r = await verifiedRequest();
    const before = (await view(t, r.reference, r.statusToken)).dueAt;
    const res = await act(r.id, 'extend', { reason: 'Your data is spread over 14 systems.' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ extended: true, extensionReason: 'Your data is spread over 14 systems.' });
    expect(new Date(res.json().dueAt).getUTCMonth()).toBe((new Date(before).getUTCMonth() + 2) % 12);
    const mail = await t.smtp.waitFor((m) => m.subject === `More time needed for your privacy request ${r.reference}`);
    expect(mail.text).toContain('Your data is spread over 14 systems.');
    const again = await act(r.id, 'extend', { reason: 'Still more time please.' });
    expect(again.json().error).toMatchObject({ code: 'request_extension_not_allowed', details: { problem: 'it was already extended once' } });
  });

  it('not after the deadline, not under LGPD, not for CCPA opt-outs; CCPA adds 45 days', async () => {
    const late = await staffIntake({ receivedAt: days(40) });
    expect((await act(late, 'extend', { reason: 'Too late for this now.' })).json().error.details.problem).toBe('the deadline has passed');
    const lgpd = await staffIntake({ jurisdiction: 'lgpd', receivedAt: days(1) });
    expect((await act(lgpd, 'extend', { reason: 'LGPD allows none.' })).json().error.details.problem).toMatch(/lgpd allows no extension/);
    const optOut = await staffIntake({ type: 'opt_out_sale_share', jurisdiction: 'ccpa', receivedAt: days(1) });
    expect((await act(optOut, 'extend', { reason: 'Opt-outs are quick.' })).statusCode).toBe(409);
    const know = await staffIntake({ type: 'know', jurisdiction: 'ccpa', receivedAt: days(3) });
    const dueBefore = (await t.app.inject({ url: `/v1/admin/requests/${know}`, headers: t.support })).json().dueAt;
    const extended = await act(know, 'extend', { reason: 'Reasonably necessary.' });
    expect((new Date(extended.json().dueAt).getTime() - new Date(dueBefore).getTime()) / 86_400_000).toBe(45);
  });

  it('UK GDPR: the clock pauses while identity is awaited and the days are added on verification; EU GDPR does not pause', async () => {
    const email = uniqueEmail();
    const uk = await submit(t, { type: 'access', jurisdiction: 'uk_gdpr', email });
    const id = await requestId(t, uk.reference);
    const list = (await t.app.inject({ url: '/v1/admin/requests?jurisdiction=uk_gdpr&state=identity_verification', headers: t.support })).json().requests;
    expect(list.find((x: { id: string }) => x.id === id).clockPaused).toBe(true);
    const dueBefore = (await view(t, uk.reference, uk.statusToken)).dueAt;
    await t.db.updateTable('rights_requests').set({ clock_paused_at: days(4) }).where('id', '=', id).execute(); // four days waiting for the person
    const { token } = secretsFrom(await verificationMail(t, email, uk.reference));
    await t.app.inject({ method: 'POST', url: `/v1/requests/${uk.reference}/verification/link`, payload: { token } });
    const after = await view(t, uk.reference, uk.statusToken);
    expect(after.state).toBe('verified');
    expect((new Date(after.dueAt).getTime() - new Date(dueBefore).getTime()) / 86_400_000).toBe(4);
    const eu = await verifiedRequest();
    const row = await t.db.selectFrom('rights_requests').select(['clock_paused_at', 'paused_days']).where('id', '=', eu.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ clock_paused_at: null, paused_days: 0 });
  });
});

describe('GET /v1/admin/requests', () => {
  it('lists open requests overdue first, then due soon, closed last; filters by type, state and jurisdiction', async () => {
    const overdue = await staffIntake({ receivedAt: days(45) });
    const dueSoon = await staffIntake({ receivedAt: days(25) });
    const res = await t.app.inject({ url: '/v1/admin/requests?limit=200', headers: bearer(t.keys.auditor) });
    const ids = res.json().requests.map((r: { id: string }) => r.id);
    expect(ids.indexOf(overdue)).toBeLessThan(ids.indexOf(dueSoon));
    const first = res.json().requests[0];
    expect(first.overdue).toBe(true);
    expect(JSON.stringify(res.json())).not.toMatch(/@example\.org/); // the list holds no personal data
    const states = res.json().requests.map((r: { state: string }) => ['completed', 'denied', 'withdrawn'].includes(r.state));
    expect(states.indexOf(true)).toBeGreaterThan(states.lastIndexOf(false));
    const filtered = (await t.app.inject({ url: '/v1/admin/requests?type=know&jurisdiction=ccpa', headers: t.support })).json().requests;
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((r: { type: string; jurisdiction: string }) => r.type === 'know' && r.jurisdiction === 'ccpa')).toBe(true);
    const bad = await t.app.inject({ url: '/v1/admin/requests?state=lost', headers: t.support });
    expect(bad.json().error.details[0].path).toBe('query.state');
  });

  it('every read of a request with personal data is audited', async () => {
    const id = await staffIntake({ receivedAt: days(1) });
    await t.app.inject({ url: `/v1/admin/requests/${id}`, headers: t.support });
    const reads = await t.db.selectFrom('audit_log').select('actor').where('action', '=', 'rights_request.read').where('target', '=', `rights_request:${id}`).execute();
    expect(reads).toHaveLength(1);
  });

  it('names the staff on the timeline: an API key actor reads as its label, not its id', async () => {
    const id = await staffIntake({ receivedAt: days(1) });
    const detail = (await t.app.inject({ url: `/v1/admin/requests/${id}`, headers: t.support })).json();
    const staff = detail.events.map((e: { actor: string }) => e.actor).filter((a: string) => a.startsWith('key:'));
    expect(staff.length).toBeGreaterThan(0);
    for (const actor of staff) expect(detail.actors[actor]).toMatch(/^API key test /);
  });
});
