import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditService } from '../audit/audit.service.ts';
import { createTestDatabase, type TestDatabase } from '../db/test-database.ts';
import { createAccounts } from './accounts.ts';
import { hashPassword, verifyPassword } from './password-hash.ts';
import { decryptSecret, encryptSecret } from './totp.ts';

let database: TestDatabase;
let clock = new Date('2026-03-01T09:00:00Z');
const advance = (minutes: number) => (clock = new Date(clock.getTime() + minutes * 60_000));

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());

describe('console sessions', () => {
  it('end after 30 idle minutes, and after 12 hours however busy', async () => {
    const accounts = createAccounts(database.db, createAuditService(database.db), { totpKey: undefined, idleMinutes: 30, maxMinutes: 720 }, () => clock);
    const created = await accounts.users.create({ email: 'officer@example.com', role: 'privacy_officer' }, 'cli');
    const login = () => accounts.sessions.login({ email: 'officer@example.com', password: created.generatedPassword!, ip: '10.0.0.9' });

    const idle = await login();
    advance(29);
    expect(await accounts.sessions.authenticate(idle.token)).not.toBeNull();
    advance(29); // used a minute ago-ish: the last use moved the idle window
    expect(await accounts.sessions.authenticate(idle.token)).not.toBeNull();
    advance(31);
    expect(await accounts.sessions.authenticate(idle.token)).toBeNull();

    const busy = await login();
    for (let i = 0; i < 24; i += 1) {
      advance(29);
      expect(await accounts.sessions.authenticate(busy.token)).not.toBeNull();
    }
    advance(29); // 12 h 5 min after login
    expect(await accounts.sessions.authenticate(busy.token)).toBeNull();
  });

  it('ends every session of an account that is disabled', async () => {
    const accounts = createAccounts(database.db, createAuditService(database.db), { totpKey: undefined, idleMinutes: 30, maxMinutes: 720 }, () => clock);
    const created = await accounts.users.create({ email: 'leaver@example.com', role: 'admin', password: 'a long enough password' }, 'cli');
    const session = await accounts.sessions.login({ email: 'leaver@example.com', password: 'a long enough password', ip: '10.0.0.8' });
    expect(created.generatedPassword).toBeUndefined();
    await accounts.users.disable('leaver@example.com', 'cli');
    expect(await accounts.sessions.authenticate(session.token)).toBeNull();
  });

  it('refuses short passwords and a second account with the same address in another case', async () => {
    const accounts = createAccounts(database.db, createAuditService(database.db), { totpKey: undefined, idleMinutes: 30, maxMinutes: 720 });
    await expect(accounts.users.create({ email: 'x@example.com', role: 'auditor', password: 'short' }, 'cli')).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(accounts.users.create({ email: 'OFFICER@example.com', role: 'auditor' }, 'cli')).rejects.toMatchObject({ code: 'user_exists' });
    await expect(accounts.users.create({ email: 'y@example.com', role: 'auditor', totp: true }, 'cli')).rejects.toMatchObject({ code: 'totp_not_configured' });
  });
});

describe('secrets at rest', () => {
  it('hashes passwords with salted scrypt and encrypts TOTP secrets with AES-GCM', async () => {
    const a = await hashPassword('the same password');
    const b = await hashPassword('the same password');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('the same password', a)).toBe(true);
    expect(await verifyPassword('the same passworD', a)).toBe(false);
    const key = Buffer.alloc(32, 7);
    const sealed = encryptSecret('JBSWY3DPEHPK3PXP', key);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(decryptSecret(sealed, key)).toBe('JBSWY3DPEHPK3PXP');
    expect(() => decryptSecret(sealed, Buffer.alloc(32, 8))).toThrow();
  });
});
