import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditService } from '../audit/audit.service.ts';
import { loadConfig } from '../config.ts';
import { bearer, createTestApp, type TestApp } from '../testing/test-app.ts';
import { currentTotpCode } from './totp.ts';
import { createUsersService } from './users.service.ts';

const TOTP_KEY = randomBytes(32).toString('base64');
const PASSWORD = 'correct horse battery staple';
let t: TestApp;
let totpSecret: string;

beforeAll(async () => {
  t = await createTestApp({ env: { PLEDGE_TOTP_KEY: TOTP_KEY } });
  const users = createUsersService(t.db, createAuditService(t.db), loadConfig({ PLEDGE_TOTP_KEY: TOTP_KEY }).accounts.totpKey);
  for (const role of ['admin', 'privacy_officer', 'support_agent', 'auditor'] as const) {
    await users.create({ email: `${role}@example.com`, role, password: PASSWORD }, 'system');
  }
  await users.create({ email: 'gone@example.com', role: 'admin', password: PASSWORD }, 'system');
  await users.create({ email: 'throttled@example.com', role: 'support_agent', password: PASSWORD }, 'system');
  await users.disable('gone@example.com', 'system');
  const withTotp = await users.create({ email: 'Two.Factor@Example.com', role: 'admin', password: PASSWORD, totp: true }, 'system');
  totpSecret = new URL(withTotp.totpUri!).searchParams.get('secret')!;
});
afterAll(() => t.close());

const login = (body: object, ip = '10.0.0.1') => t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: body, remoteAddress: ip });

async function sessionOf(email: string): Promise<{ cookie: string; csrf: string }> {
  const res = await login({ email, password: PASSWORD });
  expect(res.statusCode, res.body).toBe(200);
  return { cookie: String(res.headers['set-cookie']).split(';')[0]!, csrf: res.json().csrfToken };
}

describe('POST /v1/auth/login', () => {
  it('opens a session in an HttpOnly, SameSite=Strict cookie that the access control accepts with the account’s role', async () => {
    const res = await login({ email: 'PRIVACY_OFFICER@example.com ', password: PASSWORD });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ authenticated: true, user: { email: 'privacy_officer@example.com', role: 'privacy_officer' }, csrfToken: expect.any(String) });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^pledge_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+$/);
    const whoami = await t.app.inject({ url: '/v1/admin/whoami', headers: { cookie: cookie.split(';')[0]! } });
    expect(whoami.json()).toMatchObject({ role: 'privacy_officer', label: 'privacy_officer@example.com' });
  });

  it('answers a wrong password, an unknown address and a disabled account exactly alike', async () => {
    const answers = await Promise.all([
      login({ email: 'admin@example.com', password: 'wrong password!' }, '10.0.1.1'),
      login({ email: 'nobody@example.com', password: PASSWORD }, '10.0.1.2'),
      login({ email: 'gone@example.com', password: PASSWORD }, '10.0.1.3'),
    ]);
    for (const res of answers) {
      expect(res.statusCode).toBe(401);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    expect(new Set(answers.map((r) => r.body)).size).toBe(1);
    expect(answers[0]!.json().error.code).toBe('login_failed');
  });

  it('asks for the TOTP code after a right password, accepts it once, and refuses a wrong one generically', async () => {
    const email = 'two.factor@example.com';
    expect((await login({ email, password: PASSWORD })).json().error.code).toBe('totp_required');
    expect((await login({ email, password: PASSWORD, totp: '000000' === currentTotpCode(totpSecret) ? '111111' : '000000' })).json().error.code).toBe('login_failed');
    const code = currentTotpCode(totpSecret);
    expect((await login({ email, password: PASSWORD, totp: code })).statusCode).toBe(200);
    expect((await login({ email, password: PASSWORD, totp: code })).json().error.code).toBe('login_failed'); // replay
  });

  it('locks an address after five failures, whether or not it exists, even for the right password', async () => {
    for (const email of ['throttled@example.com', 'ghost@example.com']) {
      for (let i = 0; i < 5; i += 1) expect((await login({ email, password: 'not it at all' }, `10.0.2.${i}`)).statusCode).toBe(401);
      const locked = await login({ email, password: PASSWORD }, '10.0.2.99');
      expect(locked.statusCode).toBe(429);
      expect(locked.json().error.code).toBe('rate_limited');
    }
  });

  it('marks the cookie Secure when the server is reached over HTTPS', async () => {
    const secure = await createTestApp({ env: { PLEDGE_PUBLIC_URL: 'https://privacy.example.com' } });
    try {
      const res = await secure.app.inject({ method: 'POST', url: '/v1/auth/logout' });
      expect(String(res.headers['set-cookie'])).toContain('; Secure');
    } finally {
      await secure.close();
    }
  });
});

describe('cookie sessions and CSRF', () => {
  it('refuses an unsafe request with the cookie but without the CSRF token (403), and accepts it with the token', async () => {
    const { cookie, csrf } = await sessionOf('admin@example.com');
    const create = (headers: Record<string, string>) =>
      t.app.inject({ method: 'POST', url: '/v1/admin/keys', headers: { cookie, ...headers }, payload: { label: 'from console', role: 'auditor' } });
    const missing = await create({});
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('csrf_failed');
    expect((await create({ 'x-csrf-token': 'x'.repeat(43) })).statusCode).toBe(403);
    expect((await create({ 'x-csrf-token': csrf })).statusCode).toBe(201);
  });

  it('applies the same role model as API keys: a support agent may not publish, an auditor may only read', async () => {
    const agent = await sessionOf('support_agent@example.com');
    const auditor = await sessionOf('auditor@example.com');
    const publish = (s: { cookie: string; csrf: string }) =>
      t.app.inject({ method: 'POST', url: '/v1/admin/notice/publish', headers: { cookie: s.cookie, 'x-csrf-token': s.csrf }, payload: {} });
    expect((await publish(auditor)).statusCode).toBe(403);
    expect((await publish(agent)).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/v1/admin/audit', headers: { cookie: auditor.cookie } })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/v1/admin/keys', headers: { cookie: auditor.cookie } })).statusCode).toBe(403);
  });

  it('reports the session with its CSRF token, and ends it on logout', async () => {
    const { cookie, csrf } = await sessionOf('privacy_officer@example.com');
    const session = await t.app.inject({ url: '/v1/auth/session', headers: { cookie } });
    expect(session.json()).toMatchObject({ authenticated: true, csrfToken: csrf, user: { role: 'privacy_officer' } });
    expect((await t.app.inject({ method: 'POST', url: '/v1/auth/logout', headers: { cookie } })).statusCode).toBe(403);
    const out = await t.app.inject({ method: 'POST', url: '/v1/auth/logout', headers: { cookie, 'x-csrf-token': csrf } });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toContain('Max-Age=0');
    expect((await t.app.inject({ url: '/v1/auth/session', headers: { cookie } })).json()).toEqual({ authenticated: false });
    expect((await t.app.inject({ url: '/v1/admin/whoami', headers: { cookie } })).statusCode).toBe(401);
  });

  it('still takes API keys, which need no CSRF token (they are never sent by a browser on its own)', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/v1/admin/keys', headers: bearer(t.keys.admin), payload: { label: 'k', role: 'auditor' } });
    expect(res.statusCode).toBe(201);
  });

  it('records logins and failures in the audit log without the e-mail address', async () => {
    const entries = await createAuditService(t.db).list({ after: 0, limit: 500 });
    const actions = entries.map((e) => e.action);
    expect(actions).toContain('auth.login');
    expect(actions).toContain('auth.login_failed');
    expect(JSON.stringify(entries.filter((e) => e.action.startsWith('auth.')))).not.toContain('@example.com');
  });
});
