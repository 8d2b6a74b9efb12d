import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRightsTestApp, requestId, secretsFrom, submit, uniqueEmail, type RightsTestApp } from './testing/rights-test-kit.ts';
import { PDF, PNG } from './testing/sample-documents.ts';

let t: RightsTestApp;
beforeAll(async () => {
  t = await createRightsTestApp();
});
afterAll(() => t.close());

const AGENT = { name: 'Privacy Agents Inc.', email: 'desk@agents.example', organisation: 'Privacy Agents Inc.' };
async function multipart(content: Buffer, filename: string, type: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(content)], { type }), filename);
  const encoded = new Response(form);
  return { payload: Buffer.from(await encoded.arrayBuffer()), headers: { 'content-type': encoded.headers.get('content-type')! } };
}
async function upload(app: RightsTestApp, reference: string, token: string, content: Buffer, filename = 'authorisation.pdf', type = 'application/pdf') {
  return app.app.inject({ method: 'POST', url: `/v1/requests/${reference}/agent-authorisation?token=${token}`, ...(await multipart(content, filename, type)) });
}
async function agentRequest() {
  const person = uniqueEmail('principal');
  const r = await submit(t, { type: 'access', email: person, agent: AGENT, language: 'en' });
  return { ...r, person, id: await requestId(t, r.reference) };
}
const detail = async (id: string) => (await t.app.inject({ url: `/v1/admin/requests/${id}`, headers: t.support })).json();
const REASON = { approved: 'Signed by the person; the signature matches the one on file.', rejected: 'The page is blank apart from a logo: no signature.' };
const decide = (id: string, decision: 'approved' | 'rejected', reason = REASON[decision]) =>
  t.app.inject({ method: 'POST', url: `/v1/admin/requests/${id}/agent-authorisation/decision`, headers: t.support, payload: { decision, reason } });

describe('attack 7: authorised agents', () => {
  it('without permission nothing moves: no mail, no verification, and staff deny it as unverifiable', async () => {
    const r = await agentRequest();
    expect(await detail(r.id)).toMatchObject({ state: 'received', agentStatus: 'awaiting_document', byAgent: true });
    expect(t.smtp.to(r.person)).toHaveLength(0);
    const resend = await t.app.inject({ method: 'POST', url: `/v1/requests/${r.reference}/verification/resend`, payload: { token: r.statusToken } });
    expect(resend.statusCode).toBe(409);
    expect((await t.app.inject({ method: 'POST', url: `/v1/admin/requests/${r.id}/deny`, headers: t.officer, payload: { reason: 'unverifiable' } })).json().state).toBe('denied');
  });

  it('with permission: reviewed by a person, held until the person confirms through their own address; results go to the person', async () => {
    const r = await agentRequest();
    expect((await upload(t, r.reference, r.statusToken, PDF)).statusCode).toBe(202);
    // Attack 3: an upload is never accepted by software.
    expect(await detail(r.id)).toMatchObject({ state: 'received', agentStatus: 'awaiting_review', agentDocument: { contentType: 'application/pdf', sizeBytes: PDF.length } });
    const stored = await t.db.selectFrom('rights_agent_documents').selectAll().where('request_id', '=', r.id).executeTakeFirstOrThrow();
    expect(Buffer.from(stored.ciphertext).includes(PDF.subarray(0, 32))).toBe(false); // encrypted at rest
    const download = await t.app.inject({ url: `/v1/admin/requests/${r.id}/agent-authorisation`, headers: t.support });
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect(await t.db.selectFrom('audit_log').select('action').where('action', '=', 'rights_agent_document.read').where('target', '=', `rights_request:${r.id}`).execute()).toHaveLength(1);

    expect((await decide(r.id, 'approved')).json()).toEqual({ state: 'identity_verification', agentStatus: 'approved' });
    // Attack 3: the copy is gone once decided, and the answer says so.
    expect(await t.db.selectFrom('rights_agent_documents').select('request_id').where('request_id', '=', r.id).execute()).toEqual([]);
    const gone = await t.app.inject({ url: `/v1/admin/requests/${r.id}/agent-authorisation`, headers: t.support });
    expect([gone.statusCode, gone.json().error.code]).toEqual([410, 'agent_document_deleted']);
    const decided = await detail(r.id);
    expect(decided).toMatchObject({ agentStatus: 'approved', agentDocument: null });
    // The reviewer's reason stays on the staff timeline; the audit entry records that the copy went, not the words.
    expect(decided.events.find((e: { kind: string }) => e.kind === 'agent_approved')).toMatchObject({ visibleToPerson: true, details: { reason: REASON.approved, documentDeleted: true } });
    const audit = await t.db.selectFrom('audit_log').select('details').where('action', '=', 'rights_agent_document.approved').where('target', '=', `rights_request:${r.id}`).executeTakeFirstOrThrow();
    expect(audit.details).toEqual({ documentDeleted: true, reasonCharacters: REASON.approved.length });
    const personView = (await t.app.inject({ url: `/v1/requests/${r.reference}?token=${r.statusToken}` })).body;
    expect(personView).toContain('agent_approved');
    expect(personView).not.toContain('signature');
    expect(JSON.parse(personView).viaAgent).toBe(true); // the status page asks for the link, not a code

    const ask = await t.smtp.waitFor((m) => m.subject === `Did you ask an agent to make request ${r.reference}?`);
    expect(t.smtp.to(r.person)).toEqual([ask]);
    expect(ask.text).not.toMatch(/\b[0-9]{6}\b/); // link only: a code could be relayed to the agent
    const { token } = secretsFrom(ask);
    await t.app.inject({ method: 'POST', url: `/v1/requests/${r.reference}/verification/link`, payload: { token } });
    expect(await detail(r.id)).toMatchObject({ state: 'verified', deliveryEmail: r.person, verifiedIdentifiers: { email: r.person } });

    // The agent (who holds the status token) cannot redirect results to itself without the person's confirmation.
    await t.app.inject({ method: 'POST', url: `/v1/requests/${r.reference}/delivery-address`, payload: { token: r.statusToken, email: AGENT.email } });
    expect((await detail(r.id)).deliveryEmail).toBe(r.person);
    await t.app.inject({ method: 'POST', url: `/v1/admin/requests/${r.id}/approve`, headers: t.officer });
    await t.app.inject({ method: 'POST', url: `/v1/admin/requests/${r.id}/complete`, headers: t.officer });
    await t.smtp.waitFor((m) => m.subject === `Your privacy request ${r.reference} is complete`);
    expect(t.smtp.to(AGENT.email)).toHaveLength(0);
  });

  it('a rejected authorisation denies the request as unverifiable and deletes the document', async () => {
    const r = await agentRequest();
    await upload(t, r.reference, r.statusToken, PNG, 'scan.png', 'image/png');
    const noReason = await decide(r.id, 'rejected', 'no');
    expect([noReason.statusCode, noReason.json().error.details[0].path]).toEqual([400, 'body.reason']);
    expect((await decide(r.id, 'rejected')).json().state).toBe('denied');
    expect(await detail(r.id)).toMatchObject({ denialReason: 'unverifiable', agentStatus: 'rejected' });
    expect(await t.db.selectFrom('rights_agent_documents').select('request_id').where('request_id', '=', r.id).execute()).toEqual([]);
    expect((await t.app.inject({ url: `/v1/admin/requests/${r.id}/agent-authorisation`, headers: t.support })).statusCode).toBe(410);
    expect((await decide(r.id, 'approved')).json().error.code).toBe('agent_document_not_found');
  });

  it('answers 404, not 410, while nothing was uploaded', async () => {
    const r = await agentRequest();
    const none = await t.app.inject({ url: `/v1/admin/requests/${r.id}/agent-authorisation`, headers: t.support });
    expect([none.statusCode, none.json().error.code]).toEqual([404, 'agent_document_not_found']);
    expect(await detail(r.id)).toMatchObject({ agentStatus: 'awaiting_document', agentDocument: null });
  });
});

describe('attack 12: upload checks', () => {
  it('refuses anything but PDF, PNG or JPEG by content, anything over 5 MB, and non-multipart bodies', async () => {
    const r = await agentRequest();
    const html = await upload(t, r.reference, r.statusToken, Buffer.from('<html><script>steal()</script></html>'), 'authorisation.pdf', 'application/pdf');
    expect([html.statusCode, html.json().error.code]).toEqual([415, 'upload_type_not_allowed']);
    const big = await upload(t, r.reference, r.statusToken, Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]));
    expect([big.statusCode, big.json().error.code]).toEqual([413, 'payload_too_large']);
    const json = await t.app.inject({ method: 'POST', url: `/v1/requests/${r.reference}/agent-authorisation?token=${r.statusToken}`, payload: { file: 'x' } });
    expect(json.statusCode).toBe(415);
    expect(await detail(r.id)).toMatchObject({ agentStatus: 'awaiting_document' });
    const notAgent = await submit(t, { type: 'access', email: uniqueEmail() });
    expect((await upload(t, notAgent.reference, notAgent.statusToken, PDF)).statusCode).toBe(409);
  });

  it('refuses uploads when no encryption key is configured', async () => {
    const keyless = await createRightsTestApp({ database: { db: t.db, target: { dataDir: 'memory://' }, destroy: async () => undefined }, env: { PLEDGE_UPLOAD_KEY: '' } });
    try {
      const r = await submit(keyless, { type: 'access', email: uniqueEmail(), agent: AGENT });
      const res = await upload(keyless, r.reference, r.statusToken, PDF);
      expect([res.statusCode, res.json().error.code]).toEqual([503, 'uploads_not_configured']);
    } finally {
      await keyless.close();
    }
  });
});
