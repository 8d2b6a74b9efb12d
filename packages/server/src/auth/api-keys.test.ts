import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditService } from '../audit/audit.service.ts';
import { createTestDatabase } from '../db/test-database.ts';
import { bearer, createTestApp, type TestApp } from '../testing/test-app.ts';
import { hashApiKey, parseApiKey } from './api-key-secret.ts';
import { createApiKeysService } from './api-keys.service.ts';

let t: TestApp;
let admin: { authorization: string };
beforeAll(async () => {
  t = await createTestApp();
  admin = bearer(t.keys.admin);
});
afterAll(() => t.close());

async function createKey(role: string, label = 'support desk') {
  const res = await t.app.inject({ method: 'POST', url: '/v1/admin/keys', headers: admin, payload: { label, role } });
  expect(res.statusCode, res.body).toBe(201);
  return res;
}

describe('API keys', () => {
  it('are shown once, in the creation response, and stored only as a SHA-256 hash', async () => {
    const res = await createKey('support_agent');
    expect(res.headers['cache-control']).toBe('no-store');
    const created = res.json();
    expect(created.key).toMatch(/^plg_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    expect(created.key.startsWith(`${created.prefix}_`)).toBe(true);
    const secret = created.key.slice(created.prefix.length + 1);

    const { rows } = await sql<Record<string, unknown>>`select * from api_keys where id = ${created.id}`.execute(t.db);
    expect(rows).toHaveLength(1);
    const rowText = JSON.stringify(rows[0]);
    expect(rowText).not.toContain(created.key);
    expect(rowText).not.toContain(secret);
    expect(rows[0]?.secret_hash).toBe(hashApiKey(created.key));

    const list = await t.app.inject({ url: '/v1/admin/keys', headers: admin });
    expect(list.body).not.toContain(secret);
    expect(list.body).not.toContain(hashApiKey(created.key));
    const listed = list.json().keys.find((k: { id: string }) => k.id === created.id);
    expect(Object.keys(listed).sort()).toEqual(['createdAt', 'id', 'label', 'lastUsedAt', 'prefix', 'revokedAt', 'role']);
  });

  it('authenticate with the bearer scheme in any case, and record when they were last used', async () => {
    const created = (await createKey('auditor')).json();
    for (const scheme of ['Bearer', 'bearer', 'BEARER']) {
      const res = await t.app.inject({ url: '/v1/admin/whoami', headers: { authorization: `${scheme} ${created.key}` } });
      expect(res.statusCode, scheme).toBe(200);
      expect(res.json()).toEqual({ keyId: created.id, label: 'support desk', role: 'auditor' });
    }
    const listed = (await t.app.inject({ url: '/v1/admin/keys', headers: admin })).json().keys;
    expect(listed.find((k: { id: string }) => k.id === created.id).lastUsedAt).not.toBeNull();
  });

  it('refuse malformed, unknown and tampered keys with 401 and a Bearer challenge', async () => {
    const created = (await createKey('admin')).json();
    const tampered = created.key.slice(0, -1) + (created.key.endsWith('A') ? 'B' : 'A');
    const headers = [
      {},
      { authorization: created.key }, // no scheme
      { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` },
      bearer(''),
      bearer('plg_short'),
      bearer(tampered),
      bearer(`${created.key}x`),
    ];
    for (const h of headers) {
      const res = await t.app.inject({ url: '/v1/admin/whoami', headers: h });
      expect(res.statusCode, JSON.stringify(h)).toBe(401);
      expect(res.headers['www-authenticate']).toBe('Bearer realm="pledge"');
    }
  });

  it('revoke: the key stops working at once, a second revoke is 409, an unknown id 404', async () => {
    const created = (await createKey('privacy_officer')).json();
    expect((await t.app.inject({ url: '/v1/admin/whoami', headers: bearer(created.key) })).statusCode).toBe(200);

    const revoke = await t.app.inject({ method: 'DELETE', url: `/v1/admin/keys/${created.id}`, headers: admin });
    expect(revoke.statusCode).toBe(200);
    expect(revoke.json().revokedAt).not.toBeNull();
    expect((await t.app.inject({ url: '/v1/admin/whoami', headers: bearer(created.key) })).statusCode).toBe(401);

    const again = await t.app.inject({ method: 'DELETE', url: `/v1/admin/keys/${created.id}`, headers: admin });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('api_key_already_revoked');
    const unknown = await t.app.inject({ method: 'DELETE', url: '/v1/admin/keys/00000000-0000-4000-8000-000000000000', headers: admin });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('api_key_not_found');
  });

  it('write an audit entry for every creation and revocation, naming the acting key and no secret', async () => {
    const whoami = (await t.app.inject({ url: '/v1/admin/whoami', headers: admin })).json();
    const created = (await createKey('auditor')).json();
    await t.app.inject({ method: 'DELETE', url: `/v1/admin/keys/${created.id}`, headers: admin });

    const page = await t.app.inject({ url: '/v1/admin/audit?limit=500', headers: admin });
    const entries = page.json().entries.filter((e: { target: string }) => e.target === `api_key:${created.id}`);
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['api_key.created', 'api_key.revoked']);
    for (const e of entries) expect(e.actor).toBe(`key:${whoami.keyId}`);
    expect(page.body).not.toContain(created.key);
    expect(page.body).not.toContain(hashApiKey(created.key));
  });

  it('parse only the exact key format', () => {
    expect(parseApiKey(`plg_0123456789abcdef_${'a'.repeat(43)}`)).toEqual({ prefix: 'plg_0123456789abcdef' });
    expect(parseApiKey(`plg_0123456789ABCDEF_${'a'.repeat(43)}`)).toBeNull();
    expect(parseApiKey(`plg_0123456789abcdef_${'a'.repeat(42)}`)).toBeNull();
    expect(parseApiKey(`xx_0123456789abcdef_${'a'.repeat(43)}`)).toBeNull();
  });
});

describe('the first admin key', () => {
  it('is created once on an empty database, even when two starts race, and never again', async () => {
    const database = await createTestDatabase();
    try {
      const service = createApiKeysService(database.db, createAuditService(database.db));
      const results = await Promise.all([service.createFirstAdminKey('system'), service.createFirstAdminKey('system')]);
      const created = results.filter((r) => r !== null);
      expect(created).toHaveLength(1);
      expect(created[0]?.key.role).toBe('admin');
      expect(await service.createFirstAdminKey('system')).toBeNull();
      expect(await service.list()).toHaveLength(1);
    } finally {
      await database.destroy();
    }
  });
});
