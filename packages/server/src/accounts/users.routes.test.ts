import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditService } from '../audit/audit.service.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { createUsersService } from './users.service.ts';

const PASSWORD = 'correct horse battery staple';
let t: TestApp;
let admin: Record<string, string>;
let adminId: string;

beforeAll(async () => {
  t = await createTestApp();
  const users = createUsersService(t.db, createAuditService(t.db), undefined);
  adminId = (await users.create({ email: 'boss@example.com', role: 'admin', password: PASSWORD }, 'system')).user.id;
  await users.create({ email: 'agent@example.com', role: 'support_agent', password: PASSWORD }, 'system');
  admin = await sessionOf('boss@example.com', PASSWORD);
});
afterAll(() => t.close());

async function sessionOf(email: string, password: string): Promise<Record<string, string>> {
  const res = await t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email, password } });
  expect(res.statusCode, res.body).toBe(200);
  return { cookie: String(res.headers['set-cookie']).split(';')[0]!, 'x-csrf-token': res.json().csrfToken };
}

describe('console accounts, managed by an admin', () => {
  it('creates an account with a role and a generated password shown once; the list read is audited', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/v1/admin/users', headers: admin, payload: { email: 'New.Officer@Example.com', role: 'privacy_officer' } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const { user, password } = res.json();
    expect(user).toMatchObject({ email: 'new.officer@example.com', role: 'privacy_officer', totpEnabled: false, disabledAt: null });
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
    expect((await sessionOf('new.officer@example.com', password)).cookie).toMatch(/^pledge_session=/);

    const again = await t.app.inject({ method: 'POST', url: '/v1/admin/users', headers: admin, payload: { email: 'new.officer@example.com', role: 'auditor' } });
    expect(again.json().error.code).toBe('user_exists');
    const badRole = await t.app.inject({ method: 'POST', url: '/v1/admin/users', headers: admin, payload: { email: 'x@example.com', role: 'owner' } });
    expect(badRole.statusCode).toBe(400);
    expect(badRole.body).toContain('role');

    const list = await t.app.inject({ url: '/v1/admin/users', headers: admin });
    expect(list.json().users.map((u: { email: string }) => u.email)).toEqual(expect.arrayContaining(['boss@example.com', 'new.officer@example.com']));
    const reads = await t.db.selectFrom('audit_log').select(['actor', 'action']).where('action', '=', 'user.list_read').execute();
    expect(reads).toEqual([{ actor: `user:${adminId}`, action: 'user.list_read' }]);
  });

  it('deactivates an account, ending its sessions at once; never the admin’s own', async () => {
    const agent = await sessionOf('agent@example.com', PASSWORD);
    const id = (await t.db.selectFrom('admin_users').select('id').where('email', '=', 'agent@example.com').executeTakeFirstOrThrow()).id;
    expect((await t.app.inject({ method: 'POST', url: `/v1/admin/users/${id}/disable`, headers: agent })).statusCode).toBe(403);
    const res = await t.app.inject({ method: 'POST', url: `/v1/admin/users/${id}/disable`, headers: admin });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().user.disabledAt).not.toBeNull();
    expect((await t.app.inject({ url: '/v1/admin/whoami', headers: agent })).statusCode).toBe(401);
    const self = await t.app.inject({ method: 'POST', url: `/v1/admin/users/${adminId}/disable`, headers: admin });
    expect(self.statusCode).toBe(409);
    expect(self.json().error.code).toBe('user_self_disable');
    expect((await t.app.inject({ method: 'POST', url: '/v1/admin/users/00000000-0000-4000-8000-000000000000/disable', headers: admin })).statusCode).toBe(404);
  });
});
