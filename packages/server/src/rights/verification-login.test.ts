import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../db/test-database.ts';
import { ASSERTION_ISSUER, ASSERTION_SECRET, createRightsTestApp, requestId, secretsFrom, submit, uniqueEmail, verificationMail, view, type RightsTestApp } from './testing/rights-test-kit.ts';

let t: RightsTestApp;
const now = () => Math.floor(Date.now() / 1000);
beforeAll(async () => {
  t = await createRightsTestApp();
});
afterAll(() => t.close());

function hs256(claims: JWTPayload, options: { iat?: number; audience?: string; issuer?: string; secret?: string } = {}) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(options.issuer ?? ASSERTION_ISSUER)
    .setAudience(options.audience ?? 'pledge')
    .setIssuedAt(options.iat ?? now())
    .setExpirationTime((options.iat ?? now()) + 3600)
    .sign(new TextEncoder().encode(options.secret ?? ASSERTION_SECRET));
}
const present = (app: RightsTestApp, reference: string, token: string, assertion: string) =>
  app.app.inject({ method: 'POST', url: `/v1/requests/${reference}/verification/assertion`, payload: { token, assertion } });

async function request(type: string, extra: Record<string, unknown> = {}) {
  const email = uniqueEmail();
  return { email, ...(await submit(t, { type, email, ...extra })) };
}

describe('verification through the company login (signed assertion)', () => {
  it('HS256: a fresh assertion naming this address and account verifies, and proves the account id', async () => {
    const r = await request('access', { accountId: 'cust-42' });
    const res = await present(t, r.reference, r.statusToken, await hs256({ sub: 'cust-42', email: r.email.toUpperCase() }));
    expect(res.statusCode).toBe(200);
    expect(res.json().state).toBe('verified');
    const detail = (await t.app.inject({ url: `/v1/admin/requests/${await requestId(t, r.reference)}`, headers: t.support })).json();
    expect(detail.verifiedIdentifiers).toEqual({ email: r.email, account_id: 'cust-42' });
  });

  it.each([
    ['wrong audience', { audience: 'someone-else' }, 'invalid'],
    ['wrong issuer', { issuer: 'https://evil.example' }, 'invalid'],
    ['wrong secret', { secret: 'an-attacker-guessed-secret-of-sufficient-length!!' }, 'invalid'],
    ['older than an hour', { iat: now() - 3700 }, 'invalid'],
  ])('refuses an assertion with the %s', async (_label, options, reason) => {
    const r = await request('access');
    const res = await present(t, r.reference, r.statusToken, await hs256({ sub: 'u1', email: r.email }, options));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'verification_failed', details: { reason } });
    expect((await view(t, r.reference, r.statusToken)).state).toBe('identity_verification');
  });

  it("refuses a login for someone else's address or account (it cannot be pointed at another request)", async () => {
    const r = await request('access', { accountId: 'cust-1' });
    expect((await present(t, r.reference, r.statusToken, await hs256({ sub: 'cust-1', email: 'other@example.org' }))).json().error.details.reason).toBe('mismatch');
    expect((await present(t, r.reference, r.statusToken, await hs256({ sub: 'cust-2', email: r.email }))).json().error.details.reason).toBe('mismatch');
  });

  it('attack 6: export, erasure and correction need authentication at most 5 minutes old; other types do not', async () => {
    for (const type of ['access', 'portability', 'erasure', 'rectification']) {
      const extra = type === 'rectification' ? { corrections: [{ field: 'shop.customers.name', value: 'B' }] } : {};
      const r = await request(type, extra);
      const stale = await present(t, r.reference, r.statusToken, await hs256({ sub: 'u', email: r.email }, { iat: now() - 600 }));
      expect(stale.json().error?.details, type).toEqual({ reason: 'authentication_not_fresh' });
      // A fresh token over an old session (auth_time) is no better: the session may be hijacked.
      const oldSession = await present(t, r.reference, r.statusToken, await hs256({ sub: 'u', email: r.email, auth_time: now() - 3000 }));
      expect(oldSession.json().error?.details, type).toEqual({ reason: 'authentication_not_fresh' });
    }
    const objection = await request('objection');
    expect((await present(t, objection.reference, objection.statusToken, await hs256({ sub: 'u', email: objection.email }, { iat: now() - 600 }))).json().state).toBe('verified');
  });
});

describe('step-up (manifest stepUpFor: erasure)', () => {
  it('attack 5: an e-mail code plus any number of knowledge answers is not enough for a sensitive erasure', async () => {
    const r = await request('erasure');
    const { code } = secretsFrom(await verificationMail(t, r.email, r.reference));
    expect((await t.app.inject({ method: 'POST', url: `/v1/requests/${r.reference}/verification/code`, payload: { token: r.statusToken, code } })).json().state).toBe('identity_verification');
    const id = await requestId(t, r.reference);
    for (let i = 0; i < 3; i += 1) {
      const res = await t.app.inject({ method: 'POST', url: `/v1/admin/requests/${id}/proofs`, headers: t.support, payload: { method: 'knowledge_questions', note: 'answered date of birth and last order' } });
      expect(res.json().state).toBe('identity_verification');
    }
    // A second matching identifier, checked by staff on the channel on file, completes it.
    const callBack = await t.app.inject({ method: 'POST', url: `/v1/admin/requests/${id}/proofs`, headers: t.support, payload: { method: 'second_identifier', identifiers: ['phone'] } });
    expect(callBack.json().state).toBe('verified');
  });

  it('an e-mail code plus a fresh company login (account id) meets step-up', async () => {
    const r = await request('erasure');
    const { token } = secretsFrom(await verificationMail(t, r.email, r.reference));
    await t.app.inject({ method: 'POST', url: `/v1/requests/${r.reference}/verification/link`, payload: { token } });
    expect((await view(t, r.reference, r.statusToken)).state).toBe('identity_verification');
    expect((await present(t, r.reference, r.statusToken, await hs256({ sub: 'u9', email: r.email }))).json().state).toBe('verified');
  });
});

describe('RS256/ES256 keys from a JWKS', () => {
  let rsa: { privateKey: CryptoKey; publicKey: CryptoKey };
  let ec: { privateKey: CryptoKey; publicKey: CryptoKey };
  let jwksServer: Server;
  const shared: TestDatabase = { db: undefined as never, target: { dataDir: 'memory://' }, destroy: async () => undefined };
  beforeAll(async () => {
    rsa = await generateKeyPair('RS256');
    ec = await generateKeyPair('ES256');
    const body = JSON.stringify({ keys: [{ ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256' }] });
    jwksServer = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(body));
    await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
    shared.db = t.db;
  });
  afterAll(() => new Promise<void>((resolve) => jwksServer.close(() => resolve())));

  const sign = (key: CryptoKey, alg: string, kid: string, email: string) =>
    new SignJWT({ email }).setProtectedHeader({ alg, kid }).setSubject('u-jwks').setIssuer(ASSERTION_ISSUER).setAudience('pledge').setIssuedAt().setExpirationTime('5m').sign(key);

  it('inline JWKS (ES256) and JWKS URL (RS256) both verify; an HS256 token is then refused', async () => {
    const inlineJwks = JSON.stringify({ keys: [{ ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256' }] });
    const { port } = jwksServer.address() as AddressInfo;
    const envs: Array<Record<string, string>> = [{ REQUEST_ASSERTION_JWKS: inlineJwks }, { REQUEST_ASSERTION_JWKS_URL: `http://127.0.0.1:${port}/jwks.json` }];
    for (const env of envs) {
      const app = await createRightsTestApp({ database: shared, env: { ...env, REQUEST_ASSERTION_SECRET: '' } });
      try {
        const email = uniqueEmail();
        const r = await submit(app, { type: 'access', email });
        const [key, alg, kid] = 'REQUEST_ASSERTION_JWKS' in env ? [ec.privateKey, 'ES256', 'ec-1'] : [rsa.privateKey, 'RS256', 'rsa-1'];
        expect((await present(app, r.reference, r.statusToken, await hs256({ sub: 'u', email }))).statusCode).toBe(400);
        const res = await present(app, r.reference, r.statusToken, await sign(key as CryptoKey, alg as string, kid as string, email));
        expect(res.json().state, JSON.stringify(env).slice(0, 40)).toBe('verified');
      } finally {
        await app.close();
      }
    }
  });
});
