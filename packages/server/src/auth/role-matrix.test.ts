import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, type TestApp } from '../testing/test-app.ts';
import { ROLES, type Access } from './roles.ts';

/**
 * Every route, with the access it must have and a request to make. A route missing here fails
 * the first test: adding a route means deciding, in review, who may call it.
 */
const EXPECTED: Record<string, { access: Access; body?: unknown }> = {
  'GET /healthz': { access: 'public' },
  'GET /readyz': { access: 'public' },
  'GET /openapi.json': { access: 'public' },
  'GET /v1/admin/whoami': { access: ['admin', 'privacy_officer', 'support_agent', 'auditor'] },
  'POST /v1/admin/keys': { access: ['admin'], body: { label: 'matrix', role: 'auditor' } },
  'GET /v1/admin/keys': { access: ['admin'] },
  'DELETE /v1/admin/keys/:id': { access: ['admin'] },
  'GET /v1/admin/audit': { access: ['admin', 'privacy_officer', 'auditor'] },
  'GET /v1/admin/audit/verify': { access: ['admin', 'privacy_officer', 'auditor'] },
  'GET /v1/admin/manifest': { access: ['admin', 'privacy_officer', 'support_agent', 'auditor'] },
};

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.app.ready();
});
afterAll(() => t.close());

describe('role matrix', () => {
  it('covers exactly the registered routes, each with the access expected', () => {
    const registered = Object.fromEntries(t.app.routeTable.map((r) => [`${r.method} ${r.url}`, r.access]));
    expect(Object.keys(registered).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const [route, expected] of Object.entries(EXPECTED)) expect(registered[route], route).toEqual(expected.access);
  });

  it('answers every route exactly per its declared access: anonymous, revoked key, and each role', async () => {
    const callers: Array<{ who: string; headers: Record<string, string> }> = [
      { who: 'anonymous', headers: {} },
      { who: 'revoked key', headers: bearer(t.revokedKey) },
      { who: 'garbage key', headers: bearer('plg_0123456789abcdef_' + 'A'.repeat(43)) },
      ...ROLES.map((role) => ({ who: role, headers: bearer(t.keys[role]) })),
    ];
    let checked = 0;
    for (const route of t.app.routeTable) {
      const { body } = EXPECTED[`${route.method} ${route.url}`] ?? {};
      const url = route.url.replace(/:[a-zA-Z]+/g, () => randomUUID());
      for (const caller of callers) {
        const res = await t.app.inject({
          method: route.method as 'GET',
          url,
          headers: caller.headers,
          ...(body === undefined ? {} : { payload: body as object }),
        });
        const label = `${caller.who} → ${route.method} ${route.url}: ${res.statusCode} ${res.body.slice(0, 200)}`;
        expect(res.statusCode, label).toBeLessThan(500);
        if (route.access === 'public') {
          expect([401, 403], label).not.toContain(res.statusCode);
        } else if (!(ROLES as readonly string[]).includes(caller.who)) {
          expect(res.statusCode, label).toBe(401);
          expect(res.json().error.code, label).toBe('unauthenticated');
        } else if (route.access.includes(caller.who as (typeof ROLES)[number])) {
          expect([401, 403], label).not.toContain(res.statusCode);
        } else {
          expect(res.statusCode, label).toBe(403);
          expect(res.json().error.code, label).toBe('forbidden');
        }
        checked += 1;
      }
    }
    expect(checked).toBe(Object.keys(EXPECTED).length * callers.length);
  });
});
