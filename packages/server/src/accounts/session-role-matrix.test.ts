import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditService } from '../audit/audit.service.ts';
import { ROLES, type Role } from '../auth/roles.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { createUsersService } from './users.service.ts';

/** The role matrix again, with console sessions instead of API keys: one role model for both ways in. */
let t: TestApp;
const sessions = {} as Record<Role, { cookie: string; csrf: string }>;

beforeAll(async () => {
  // With a TOTP key: without one, enrolling a second factor is a 503 totp_not_configured (the server's set-up, not a role question).
  t = await createTestApp({ env: { PLEDGE_TOTP_KEY: randomBytes(32).toString('base64') } });
  const users = createUsersService(t.db, createAuditService(t.db), undefined);
  for (const role of ROLES) {
    const { generatedPassword } = await users.create({ email: `${role}@example.com`, role }, 'system');
    const res = await t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: `${role}@example.com`, password: generatedPassword } });
    sessions[role] = { cookie: String(res.headers['set-cookie']).split(';')[0]!, csrf: res.json().csrfToken };
  }
});
afterAll(() => t.close());

describe('role matrix with session cookies', () => {
  it('answers every protected route per its declared access, and refuses unsafe ones without the CSRF token', async () => {
    let checked = 0;
    for (const route of t.app.routeTable) {
      if (route.access === 'public') continue;
      const url = route.url.replace(/:[a-zA-Z]+/g, () => randomUUID());
      for (const role of ROLES) {
        const { cookie, csrf } = sessions[role];
        const res = await t.app.inject({ method: route.method as 'GET', url, headers: { cookie, 'x-csrf-token': csrf } });
        const label = `${role} session → ${route.method} ${route.url}: ${res.statusCode} ${res.body.slice(0, 160)}`;
        expect(res.statusCode, label).toBeLessThan(500);
        if (route.access.includes(role)) expect([401, 403], label).not.toContain(res.statusCode);
        else expect(res.json().error.code, label).toBe('forbidden');
        if (route.method !== 'GET') {
          const forged = await t.app.inject({ method: route.method as 'POST', url, headers: { cookie } });
          expect(forged.json().error.code, `${label} without CSRF`).toBe('csrf_failed');
        }
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('lets nobody in without a session or key', async () => {
    const res = await t.app.inject({ url: '/v1/admin/whoami', headers: { cookie: 'pledge_session=' + 'A'.repeat(43) } });
    expect(res.statusCode).toBe(401);
  });
});
