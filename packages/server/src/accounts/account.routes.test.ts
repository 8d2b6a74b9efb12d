import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditService } from '../audit/audit.service.ts';
import { bearer, createTestApp, type TestApp } from '../testing/test-app.ts';
import { currentTotpCode } from './totp.ts';
import { createUsersService } from './users.service.ts';

const PASSWORD = 'correct horse battery staple';
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ env: { PLEDGE_TOTP_KEY: randomBytes(32).toString('base64') } });
  const users = createUsersService(t.db, createAuditService(t.db), undefined);
  for (const name of ['changer', 'second', 'guesser', 'auditor']) {
    await users.create({ email: `${name}@example.com`, role: name === 'auditor' ? 'auditor' : 'support_agent', password: PASSWORD }, 'system');
  }
});
afterAll(() => t.close());

let ip = 0;
const login = (email: string, password = PASSWORD, totp?: string) =>
  t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email, password, ...(totp ? { totp } : {}) }, remoteAddress: `10.9.0.${(ip += 1)}` });
async function sessionOf(email: string, password = PASSWORD): Promise<Record<string, string>> {
  const res = await login(email, password);
  expect(res.statusCode, res.body).toBe(200);
  return { cookie: String(res.headers['set-cookie']).split(';')[0]!, 'x-csrf-token': res.json().csrfToken };
}
const post = (url: string, headers: Record<string, string>, payload?: object) => t.app.inject({ method: 'POST', url, headers, ...(payload ? { payload } : {}) });
const fieldOf = (body: string) => (JSON.parse(body) as { error: { details: Array<{ path: string; rule?: string; code?: string }> } }).error.details[0];
const auditActions = async (userId: string) =>
  (await t.db.selectFrom('audit_log').select('action').where('target', '=', `user:${userId}`).execute()).map((a) => a.action);

describe('POST /v1/account/password', () => {
  it('needs the current password, names the field and rule when wrong, and ends the other sessions only', async () => {
    const mine = await sessionOf('changer@example.com');
    const other = await sessionOf('changer@example.com');
    const wrong = await post('/v1/account/password', mine, { currentPassword: 'not it at all', newPassword: 'a brand new passphrase' });
    expect(wrong.statusCode).toBe(400);
    expect(fieldOf(wrong.body)).toMatchObject({ path: 'body.currentPassword', rule: 'incorrect' });
    const short = await post('/v1/account/password', mine, { currentPassword: PASSWORD, newPassword: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain('newPassword');
    const same = await post('/v1/account/password', mine, { currentPassword: PASSWORD, newPassword: PASSWORD });
    expect(fieldOf(same.body)).toMatchObject({ path: 'body.newPassword', rule: 'unchanged' });

    const ok = await post('/v1/account/password', mine, { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' });
    expect(ok.statusCode, ok.body).toBe(204);
    expect((await t.app.inject({ url: '/v1/admin/whoami', headers: mine })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/v1/admin/whoami', headers: other })).statusCode).toBe(401);
    expect((await login('changer@example.com')).json().error.code).toBe('login_failed');
    expect((await login('changer@example.com', 'a brand new passphrase')).statusCode).toBe(200);
    const id = (await t.db.selectFrom('admin_users').select('id').where('email', '=', 'changer@example.com').executeTakeFirstOrThrow()).id;
    expect(await auditActions(id)).toEqual(expect.arrayContaining(['user.password_changed', 'user.reauthentication_failed']));
  });

  it('lets the read-only auditor change its own password, never anyone else’s', async () => {
    const auditor = await sessionOf('auditor@example.com');
    expect((await post('/v1/account/password', auditor, { currentPassword: PASSWORD, newPassword: 'auditor passphrase 2' })).statusCode).toBe(204);
    expect((await post('/v1/admin/users', auditor, { email: 'x@example.com', role: 'admin' })).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/v1/admin/users', headers: auditor })).statusCode).toBe(403);
  });

  it('is refused to an API key, which has no console account', async () => {
    const res = await post('/v1/account/password', bearer(t.keys.admin), { currentPassword: PASSWORD, newPassword: 'whatever passphrase' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('console_session_required');
  });

  it('locks after five wrong current passwords, like the login', async () => {
    const session = await sessionOf('guesser@example.com');
    for (let i = 0; i < 5; i += 1) expect((await post('/v1/account/password', session, { currentPassword: `guess number ${i}`, newPassword: 'another passphrase' })).statusCode).toBe(400);
    const locked = await post('/v1/account/password', session, { currentPassword: PASSWORD, newPassword: 'another passphrase' });
    expect(locked.statusCode).toBe(429);
  });
});

describe('TOTP enrolment', () => {
  it('starts with a secret, takes effect only after a right code, then guards the login; disabling needs password and code', async () => {
    const session = await sessionOf('second@example.com');
    const started = await post('/v1/account/totp/enrolment', session);
    expect(started.statusCode, started.body).toBe(200);
    const { secret, uri, enrolment } = started.json();
    expect(uri).toMatch(/^otpauth:\/\/totp\/Pledge:second%40example\.com\?/);
    expect(new URL(uri).searchParams.get('secret')).toBe(secret);
    // Nothing stored yet: the login still needs no code.
    expect((await login('second@example.com')).statusCode).toBe(200);

    const code = currentTotpCode(secret);
    const wrongCode = await post('/v1/account/totp/confirm', session, { enrolment, code: code === '000000' ? '111111' : '000000' });
    expect(fieldOf(wrongCode.body)).toMatchObject({ path: 'body.code', rule: 'incorrect' });
    const tampered = await post('/v1/account/totp/confirm', session, { enrolment: enrolment.slice(0, -4) + 'AAAA', code });
    expect(fieldOf(tampered.body)).toMatchObject({ path: 'body.enrolment', rule: 'expired_or_invalid' });
    const notACode = await post('/v1/account/totp/confirm', session, { enrolment, code: '12ab' });
    expect(notACode.statusCode).toBe(400);
    expect(notACode.body).toContain('code');

    expect((await post('/v1/account/totp/confirm', session, { enrolment, code })).statusCode).toBe(204);
    expect((await post('/v1/account/totp/enrolment', session)).json().error.code).toBe('totp_already_enabled');
    expect((await login('second@example.com')).json().error.code).toBe('totp_required');
    // The code that confirmed the enrolment cannot log in as well (each code once).
    expect((await login('second@example.com', PASSWORD, code)).json().error.code).toBe('login_failed');

    const later = currentTotpCode(secret, new Date(Date.now() + 30_000));
    const badPassword = await post('/v1/account/totp/disable', session, { password: 'not the password', code: later });
    expect(fieldOf(badPassword.body)).toMatchObject({ path: 'body.password', rule: 'incorrect' });
    expect((await post('/v1/account/totp/disable', session, { password: PASSWORD, code: later })).statusCode).toBe(204);
    expect((await post('/v1/account/totp/disable', session, { password: PASSWORD, code: later })).json().error.code).toBe('totp_not_enabled');
    expect((await login('second@example.com')).statusCode).toBe(200);
    const id = (await t.db.selectFrom('admin_users').select('id').where('email', '=', 'second@example.com').executeTakeFirstOrThrow()).id;
    expect(await auditActions(id)).toEqual(expect.arrayContaining(['user.totp_enabled', 'user.totp_disabled']));
  });
});
