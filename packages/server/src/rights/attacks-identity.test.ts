import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSERTION_ISSUER, ASSERTION_SECRET, createRightsTestApp, requestId, secretsFrom, submit, uniqueEmail, verificationMail, type RightsTestApp } from './testing/rights-test-kit.ts';
import { SignJWT } from 'jose';

let t: RightsTestApp;
beforeAll(async () => {
  t = await createRightsTestApp();
});
afterAll(() => t.close());

const ANNA = 'anna.devries@example.org';
const detail = async (reference: string) => (await t.app.inject({ url: `/v1/admin/requests/${await requestId(t, reference)}`, headers: t.support })).json();
const verifyByLink = async (email: string, reference: string) => {
  const { token } = secretsFrom(await verificationMail(t, email, reference));
  return t.app.inject({ method: 'POST', url: `/v1/requests/${reference}/verification/link`, payload: { token } });
};
/** The mail with everything request-specific blanked out. */
const shape = (text: string) => text.replace(/R-[0-9A-Z]{5}-[0-9A-Z]{5}/g, 'REF').replace(/token=[A-Za-z0-9_-]+/g, 'token=T').replace(/\b[0-9]{6}\b/g, 'CODE');

describe('attack 1: a look-alike address with the person’s name', () => {
  it('verifies only the look-alike address: claimed name and account id are never identifiers, and nothing goes to the real address', async () => {
    const lookAlike = uniqueEmail('anna.devries.private');
    const r = await submit(t, { type: 'access', email: lookAlike, name: 'Anna de Vries', accountId: 'cust-42', details: 'I am Anna, my e-mail changed.' });
    expect((await verifyByLink(lookAlike, r.reference)).statusCode).toBe(200);
    const d = await detail(r.reference);
    expect(d.state).toBe('verified');
    // What fulfilment may search by: the address the attacker controls, never Anna's account.
    expect(d.verifiedIdentifiers).toEqual({ email: lookAlike });
    expect(t.smtp.to(ANNA)).toHaveLength(0);
    // Anna's real login cannot be borrowed for this request.
    const annaLogin = await new SignJWT({ email: ANNA }).setProtectedHeader({ alg: 'HS256' }).setSubject('cust-42').setIssuer(ASSERTION_ISSUER).setAudience('pledge').setIssuedAt().setExpirationTime('5m').sign(new TextEncoder().encode(ASSERTION_SECRET));
    const borrowed = await t.app.inject({ method: 'POST', url: `/v1/requests/${r.reference}/verification/assertion`, payload: { token: r.statusToken, assertion: annaLogin } });
    expect(borrowed.json().error.details.reason).toBe('mismatch');
  });
});

describe('attack 2: delivering somewhere else', () => {
  it('a new destination only takes effect after confirmation on the existing address', async () => {
    const email = uniqueEmail();
    const r = await submit(t, { type: 'access', email, language: 'en' });
    await verifyByLink(email, r.reference);
    const res = await t.app.inject({ method: 'POST', url: `/v1/requests/${r.reference}/delivery-address`, payload: { token: r.statusToken, email: 'drop@evil.example' } });
    expect(res.statusCode).toBe(202);
    expect((await detail(r.reference)).deliveryEmail).toBe(email);
    expect(t.smtp.to('drop@evil.example')).toHaveLength(0);
    const confirm = await t.smtp.waitFor((m) => m.subject === `Confirm a new address for request ${r.reference}`);
    expect(t.smtp.to(email)).toContain(confirm);
    expect(confirm.text).toContain('d***@evil.example');
    expect(confirm.text).not.toContain('drop@evil.example');
    const { token } = secretsFrom(confirm);
    expect((await t.app.inject({ method: 'POST', url: `/v1/requests/${r.reference}/verification/link`, payload: { token } })).json().message).toMatch(/new address/);
    expect((await detail(r.reference)).deliveryEmail).toBe('drop@evil.example');
    expect((await detail(r.reference)).verifiedIdentifiers).toEqual({ email }); // identity is unchanged
  });
});

describe('attack 10: existence probing', () => {
  it('known and unknown people get the same status, body shape, mail and timing class', async () => {
    // Anna is known: she had a request verified and completed before.
    const earlier = await submit(t, { type: 'access', email: ANNA });
    await verifyByLink(ANNA, earlier.reference);
    const id = await requestId(t, earlier.reference);
    await t.app.inject({ method: 'POST', url: `/v1/admin/requests/${id}/approve`, headers: t.officer });
    await t.app.inject({ method: 'POST', url: `/v1/admin/requests/${id}/complete`, headers: t.officer });

    const timings: Record<'known' | 'unknown', number[]> = { known: [], unknown: [] };
    const answers: Record<'known' | 'unknown', { status: number; keys: string[]; reference: string }[]> = { known: [], unknown: [] };
    for (let i = 0; i < 6; i += 1) {
      for (const who of ['known', 'unknown'] as const) {
        const email = who === 'known' ? ANNA : uniqueEmail('nobody');
        const started = performance.now();
        const res = await t.app.inject({ method: 'POST', url: '/v1/requests', payload: { type: 'access', jurisdiction: 'gdpr', email, language: 'en' } });
        timings[who].push(performance.now() - started);
        answers[who].push({ status: res.statusCode, keys: Object.keys(res.json()).sort(), reference: res.json().reference });
      }
    }
    expect(new Set([...answers.known, ...answers.unknown].map((a) => `${a.status} ${a.keys.join(',')}`))).toEqual(new Set(['202 reference,statusToken']));
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const [known, unknown] = [median(timings.known), median(timings.unknown)];
    expect(Math.abs(known - unknown), `known ${known.toFixed(1)} ms, unknown ${unknown.toFixed(1)} ms`).toBeLessThan(Math.max(50, 0.5 * Math.max(known, unknown)));

    const knownMail = await verificationMail(t, ANNA, answers.known[5]!.reference);
    const unknownMail = await t.smtp.waitFor((m) => (m.text ?? '').includes(answers.unknown[5]!.reference));
    expect(shape(knownMail.subject ?? '')).toBe(shape(unknownMail.subject ?? ''));
    expect(shape(knownMail.text ?? '')).toBe(shape(unknownMail.text ?? ''));
  });

  it('every public look-up answers an unknown reference exactly as a known one with a wrong secret', async () => {
    const known = await submit(t, { type: 'access', email: ANNA });
    const wrong = 'w'.repeat(43);
    for (const [method, path, payload] of [
      ['GET', `?token=${wrong}`, undefined],
      ['POST', '/withdraw', { token: wrong }],
      ['POST', '/verification/code', { token: wrong, code: '123456' }],
      ['POST', '/verification/link', { token: wrong }],
      ['POST', '/verification/resend', { token: wrong }],
      ['POST', '/delivery-address', { token: wrong, email: 'x@evil.example' }],
    ] as const) {
      const ask = (reference: string) => t.app.inject({ method, url: `/v1/requests/${reference}${path}`, ...(payload ? { payload } : {}) });
      const [a, b] = [await ask(known.reference), await ask('R-ZZZZZ-ZZZZZ')];
      expect([a.statusCode, a.body], path).toEqual([b.statusCode, b.body]);
    }
  });
});

describe('attack 12: floods', () => {
  it('limits intake per identity (hashed address) and per IP, per hour', async () => {
    const limited = await createRightsTestApp({
      database: { db: t.db, target: { dataDir: 'memory://' }, destroy: async () => undefined },
      env: { REQUEST_LIMIT_PER_IDENTITY_PER_HOUR: '2', REQUEST_LIMIT_PER_IP_PER_HOUR: '3' },
    });
    try {
      const post = (email: string, ip: string) => limited.app.inject({ method: 'POST', url: '/v1/requests', remoteAddress: ip, payload: { type: 'access', jurisdiction: 'gdpr', email } });
      const target = uniqueEmail('victim');
      expect((await post(target, '10.0.0.1')).statusCode).toBe(202);
      expect((await post(target.toUpperCase(), '10.0.0.2')).statusCode).toBe(202);
      const third = await post(target, '10.0.0.3');
      expect(third.statusCode).toBe(429);
      expect(third.json().error).toMatchObject({ code: 'rate_limited', details: { retryAfterSeconds: 3600 } });
      for (let i = 0; i < 3; i += 1) expect((await post(uniqueEmail(), '10.9.9.9')).statusCode).toBe(202);
      expect((await post(uniqueEmail(), '10.9.9.9')).statusCode).toBe(429);
      expect(limited.smtp.to(target)).toHaveLength(2);
    } finally {
      await limited.close();
    }
  });
});
