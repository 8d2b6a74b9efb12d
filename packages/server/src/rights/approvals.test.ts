import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRightsTestApp, requestId, secretsFrom, submit, uniqueEmail, verificationMail, type RightsTestApp } from './testing/rights-test-kit.ts';

let t: RightsTestApp;
beforeAll(async () => {
  t = await createRightsTestApp();
});
afterAll(() => t.close());

async function verified(email: string, type = 'access') {
  const r = await submit(t, { type, email, language: 'en' });
  const { token } = secretsFrom(await verificationMail(t, email, r.reference));
  await t.app.inject({ method: 'POST', url: `/v1/requests/${r.reference}/verification/link`, payload: { token } });
  return { ...r, id: await requestId(t, r.reference) };
}
const decide = (approvalId: string, decision: string, headers: { authorization: string }) =>
  t.app.inject({ method: 'POST', url: `/v1/admin/approvals/${approvalId}/decision`, headers, payload: { decision } });
const auditActions = async (target: string) => (await t.db.selectFrom('audit_log').select(['action', 'actor']).where('target', '=', target).orderBy('seq').execute());

describe('attack 13: calling a request abusive', () => {
  it('repeats from one verified identity are linked as evidence', async () => {
    const email = uniqueEmail();
    const first = await verified(email);
    const second = await verified(email);
    const d = (await t.app.inject({ url: `/v1/admin/requests/${second.id}`, headers: t.officer })).json();
    expect(d.links).toEqual([{ id: first.id, reference: first.reference, kind: 'repeat' }]);
    expect(d.events.find((e: { kind: string }) => e.kind === 'repeat_linked')).toMatchObject({ visibleToPerson: false, details: { references: [first.reference] } });
  });

  it('needs recorded evidence, then a second, different approver; only then is the request denied', async () => {
    const email = uniqueEmail();
    await verified(email);
    const r = await verified(email);
    const deny = (payload: object, headers = t.officer) => t.app.inject({ method: 'POST', url: `/v1/admin/requests/${r.id}/deny`, headers, payload });
    const noEvidence = await deny({ reason: 'excessive' });
    expect(noEvidence.json().error.details[0]).toMatchObject({ path: 'body.evidence', rule: 'required' });
    const proposed = await deny({ reason: 'excessive', evidence: 'Third identical access request this month; see linked requests.' });
    expect(proposed.statusCode).toBe(202);
    const approval = proposed.json().approval;
    expect(approval).toMatchObject({ kind: 'deny_request', requestId: r.id, payload: { reason: 'excessive', repeats: [expect.any(String)] }, decision: null });
    expect((await deny({ reason: 'excessive', evidence: 'And once more for good measure.' }, t.admin)).json().error.code).toBe('second_approver_required');
    expect((await t.app.inject({ url: `/v1/admin/requests/${r.id}`, headers: t.officer })).json().state).toBe('verified');

    const self = await decide(approval.id, 'approved', t.officer);
    expect(self.statusCode).toBe(409);
    expect(self.json().error.code).toBe('second_approver_required');
    const approved = await decide(approval.id, 'approved', t.admin);
    expect(approved.json().approval).toMatchObject({ decision: 'approved', decidedBy: `key:${(await t.apiKeys.authenticate(t.keys.admin))!.keyId}` });
    expect((await t.app.inject({ url: `/v1/admin/requests/${r.id}`, headers: t.officer })).json()).toMatchObject({ state: 'denied', denialReason: 'excessive' });
    expect((await decide(approval.id, 'approved', t.admin)).json().error.code).toBe('approval_not_found');
    const denial = await t.smtp.waitFor((m) => m.subject === `We cannot carry out your privacy request ${r.reference}`);
    expect(denial.text).toContain('excessive');
    expect((await auditActions(`rights_approval:${approval.id}`)).map((a) => a.action)).toEqual(['rights_approval.proposed', 'rights_approval.approved']);
  });

  it('a key the proposer made, or one made by such a key, is not a second person', async () => {
    const r = await verified(uniqueEmail());
    const proposed = await t.app.inject({ method: 'POST', url: `/v1/admin/requests/${r.id}/deny`, headers: t.admin, payload: { reason: 'excessive', evidence: 'Fourth copy of the same request in a week.' } });
    expect(proposed.statusCode).toBe(202);
    // The admin makes an officer key through the API, then a key with that key: both count as the admin.
    const made = await t.app.inject({ method: 'POST', url: '/v1/admin/keys', headers: t.admin, payload: { label: 'my approvals', role: 'privacy_officer' } });
    expect(made.statusCode).toBe(201);
    const child = { authorization: `Bearer ${made.json().key}` };
    const grandchild = await t.app.inject({ method: 'POST', url: '/v1/admin/keys', headers: t.admin, payload: { label: 'made by the admin again', role: 'admin' } });
    const byGrandchild = await t.app.inject({ method: 'POST', url: '/v1/admin/keys', headers: { authorization: `Bearer ${grandchild.json().key}` }, payload: { label: 'made by a made key', role: 'privacy_officer' } });
    for (const headers of [child, { authorization: `Bearer ${byGrandchild.json().key}` }]) {
      const self = await decide(proposed.json().approval.id, 'approved', headers);
      expect([self.statusCode, self.json().error.code]).toEqual([409, 'second_approver_required']);
    }
    expect((await t.app.inject({ url: `/v1/admin/requests/${r.id}`, headers: t.officer })).json().state).toBe('verified');
    // A key made by someone else (here: at start-up, like the officer's) is a second person.
    expect((await decide(proposed.json().approval.id, 'approved', t.officer)).json().approval).toMatchObject({ decision: 'approved' });
  });

  it('a rejected proposal leaves the request as it was; the database itself refuses one person deciding their own proposal', async () => {
    const r = await verified(uniqueEmail());
    const proposed = await t.app.inject({ method: 'POST', url: `/v1/admin/requests/${r.id}/deny`, headers: t.officer, payload: { reason: 'manifestly_unfounded', evidence: 'Threatening language; no actual request.' } });
    expect((await decide(proposed.json().approval.id, 'rejected', t.admin)).json().approval.decision).toBe('rejected');
    expect((await t.app.inject({ url: `/v1/admin/requests/${r.id}`, headers: t.officer })).json().state).toBe('verified');
    const another = await t.app.inject({ method: 'POST', url: `/v1/admin/requests/${r.id}/deny`, headers: t.officer, payload: { reason: 'manifestly_unfounded', evidence: 'Second try at the same request.' } });
    const row = await t.db.selectFrom('rights_approvals').select('proposed_by').where('id', '=', another.json().approval.id).executeTakeFirstOrThrow();
    await expect(t.db.updateTable('rights_approvals').set({ decided_by: row.proposed_by, decision: 'approved' }).where('id', '=', another.json().approval.id).execute()).rejects.toThrow();
  });
});

describe('attack 4: lowering the assurance a type needs', () => {
  const levels = async () => (await t.app.inject({ url: '/v1/admin/assurance', headers: t.support })).json().levels as Array<{ type: string; effective: string }>;
  const level = async (type: string) => (await levels()).find((l) => l.type === type)!.effective;
  const change = (payload: object, headers = t.officer) => t.app.inject({ method: 'POST', url: '/v1/admin/assurance', headers, payload });

  it('waits for a second approver, is audited, and only then applies to new requests', async () => {
    expect(await level('erasure')).toBe('step_up');
    const proposed = await change({ type: 'erasure', level: 'standard', reason: 'Customers complain about the phone call-back.' });
    expect(proposed.statusCode).toBe(202);
    expect(await level('erasure')).toBe('step_up');
    // One lowering of a type at a time: a second proposal waits for the first to be decided.
    const twice = await change({ type: 'erasure', level: 'standard', reason: 'Asking again, in case nobody saw it.' }, t.admin);
    expect([twice.statusCode, twice.json().error.code]).toEqual([409, 'approval_already_pending']);
    // The list names the proposer by their key's label, for the second approver to read.
    const officerKey = `key:${(await t.apiKeys.authenticate(t.keys.privacy_officer))!.keyId}`;
    const pending = (await t.app.inject({ url: '/v1/admin/approvals', headers: t.admin })).json();
    expect(pending.approvals.find((a: { id: string }) => a.id === proposed.json().approval.id)).toMatchObject({ kind: 'lower_assurance', proposedBy: officerKey, payload: { type: 'erasure', from: 'step_up', to: 'standard' } });
    expect(pending.actors[officerKey]).toMatch(/^API key /);
    const before = await submit(t, { type: 'erasure', email: uniqueEmail() });
    expect((await t.app.inject({ url: `/v1/admin/requests/${await requestId(t, before.reference)}`, headers: t.officer })).json().assuranceRequired).toBe('step_up');
    expect((await decide(proposed.json().approval.id, 'approved', t.officer)).statusCode).toBe(409);
    expect((await decide(proposed.json().approval.id, 'approved', t.admin)).statusCode).toBe(200);
    expect(await level('erasure')).toBe('standard');
    const listed = (await t.app.inject({ url: '/v1/admin/assurance', headers: t.support })).json();
    const erasure = listed.levels.find((l: { type: string }) => l.type === 'erasure');
    expect(erasure).toMatchObject({ default: 'step_up', minimum: 'standard', effective: 'standard', changedBy: officerKey, approvedBy: expect.stringMatching(/^key:/) });
    expect(listed.actors[erasure.approvedBy]).toMatch(/^API key /);
    const after = await verified(uniqueEmail(), 'erasure');
    expect((await t.app.inject({ url: `/v1/admin/requests/${after.id}`, headers: t.officer })).json()).toMatchObject({ assuranceRequired: 'standard', state: 'verified' });
    expect((await auditActions(`rights_approval:${proposed.json().approval.id}`)).map((a) => a.action)).toEqual(['rights_approval.proposed', 'rights_approval.approved']);
  });

  it('lets only one of two simultaneous lowerings of the same type through', async () => {
    // Raising applies at once; then two officers propose to lower it back at the same moment.
    expect((await change({ type: 'rectification', level: 'step_up', reason: 'Corrections of bank details need more.' })).statusCode).toBe(200);
    const lowerable = { type: 'rectification' };
    const body = { type: 'rectification', level: 'standard', reason: 'Two officers had the same idea at once.' };
    const answers = await Promise.all([change(body, t.officer), change(body, t.admin)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([202, 409]);
    const pending = (await t.app.inject({ url: '/v1/admin/approvals', headers: t.admin })).json().approvals as Array<{ kind: string; payload: { type: string } }>;
    expect(pending.filter((a) => a.kind === 'lower_assurance' && a.payload.type === lowerable.type)).toHaveLength(1);
  });

  it('never goes below one factor for a type that releases or changes data; raising applies at once', async () => {
    const none = await change({ type: 'access', level: 'none', reason: 'Make it frictionless for everyone.' });
    expect(none.json().error.details[0]).toMatchObject({ path: 'body.level', rule: 'below_minimum' });
    expect((await change({ type: 'access', level: 'step_up', reason: 'Breach in the news; be careful.' })).json()).toEqual({ applied: true });
    expect(await level('access')).toBe('step_up');
    expect((await auditActions('request_type:access')).map((a) => a.action)).toEqual(['rights_assurance.raised']);
  });
});
