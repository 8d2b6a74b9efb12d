import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, type TestApp } from '../testing/test-app.ts';
import { ROLES, type Access } from './roles.ts';
import { CONSENT_BODY } from '../consent/consent-test-support.ts';

/**
 * Every route, with the access it must have and a request to make. A route missing here fails
 * the first test: adding a route means deciding, in review, who may call it.
 */
const EXPECTED: Record<string, { access: Access; body?: unknown; headers?: Record<string, string> }> = {
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
  'GET /notice': { access: 'public' },
  'GET /notice/versions': { access: 'public' },
  'GET /notice/versions/:number': { access: 'public' },
  'GET /notice/diff': { access: 'public' },
  'GET /notice/subprocessors': { access: 'public' },
  'GET /notice/records': { access: ['admin', 'privacy_officer', 'auditor'] },
  'POST /v1/admin/notice/publish': { access: ['admin', 'privacy_officer'], body: {} },
  'GET /v1/admin/notice/notifications': { access: ['admin', 'privacy_officer', 'auditor'] },
  'OPTIONS /v1/consents': { access: 'public' },
  // A site listed in cookieSettings.origins (the manifest's only one); without Origin a server's API key is needed.
  'POST /v1/consents': { access: 'public', headers: { origin: 'https://shop.example.com' }, body: CONSENT_BODY },
  'GET /v1/consents/:subject/current': { access: ['admin', 'privacy_officer', 'support_agent', 'auditor'] },
  'GET /v1/admin/consents/verify': { access: ['admin', 'privacy_officer', 'auditor'] },
  'GET /v1/admin/consents/subjects/:subject': { access: ['admin', 'privacy_officer', 'support_agent', 'auditor'] },
  'GET /v1/admin/consents/subjects/:subject/proof': { access: ['admin', 'privacy_officer', 'support_agent', 'auditor'] },
  'GET /v1/admin/consents/stats': { access: ['admin', 'privacy_officer', 'auditor'] },
  'GET /v1/admin/consents/export': { access: ['admin', 'privacy_officer', 'auditor'] },
  'GET /v1/banner/config': { access: 'public' },
  'GET /pledge.js': { access: 'public' },
  'GET /pledge.css': { access: 'public' },
  'GET /.well-known/gpc.json': { access: 'public' },
  // Admin console login (accounts/); an empty body is refused as invalid (400), never as unauthorised.
  'POST /v1/auth/login': { access: 'public', body: {} },
  'POST /v1/auth/logout': { access: 'public' },
  'GET /v1/auth/session': { access: 'public' },
  // The caller's own console account: every role (the auditor too, it changes only its own login); API keys have none (400).
  'POST /v1/account/password': { access: ['admin', 'privacy_officer', 'support_agent', 'auditor'], body: {} },
  'POST /v1/account/totp/enrolment': { access: ['admin', 'privacy_officer', 'support_agent', 'auditor'] },
  'POST /v1/account/totp/confirm': { access: ['admin', 'privacy_officer', 'support_agent', 'auditor'], body: {} },
  'POST /v1/account/totp/disable': { access: ['admin', 'privacy_officer', 'support_agent', 'auditor'], body: {} },
  // Console accounts of others: admins only.
  'GET /v1/admin/users': { access: ['admin'] },
  'POST /v1/admin/users': { access: ['admin'], body: { email: 'matrix@example.com', role: 'auditor' } },
  'POST /v1/admin/users/:id/disable': { access: ['admin'] },
  // The web app (web/): the privacy center, the admin console shell and their static files; its two small APIs.
  'GET /privacy': { access: 'public' },
  'GET /privacy/notice': { access: 'public' },
  'GET /privacy/preferences': { access: 'public' },
  'GET /privacy/request': { access: 'public' },
  'GET /privacy/verify': { access: 'public' },
  'GET /privacy/status': { access: 'public' },
  'GET /privacy/download': { access: 'public' },
  'GET /admin': { access: 'public' },
  'GET /admin/login': { access: 'public' },
  'GET /admin/requests': { access: 'public' },
  'GET /admin/requests/:id': { access: 'public' },
  'GET /admin/consent': { access: 'public' },
  'GET /admin/data-map': { access: 'public' },
  'GET /admin/notice': { access: 'public' },
  'GET /admin/records': { access: 'public' },
  'GET /admin/account': { access: 'public' },
  'GET /admin/users': { access: 'public' },
  'GET /admin/verification': { access: 'public' },
  'GET /ui/assets/:file': { access: 'public' },
  'GET /v1/privacy-center': { access: 'public' },
  'GET /v1/admin/manifest/lint': { access: ['admin', 'privacy_officer', 'support_agent', 'auditor'] },
  'GET /v1/admin/requests/:reference/fulfilment': { access: ['admin', 'privacy_officer', 'support_agent', 'auditor'] },
  'POST /v1/admin/requests/:reference/steps/:key/resolve': { access: ['admin', 'privacy_officer'], body: { note: 'matrix' } },
  'POST /v1/admin/requests/:reference/identities': { access: ['admin', 'privacy_officer'], body: { type: 'cookie_id', value: 'ck-matrix' } },
  'GET /v1/admin/jobs': { access: ['admin', 'privacy_officer', 'auditor'] },
  'POST /v1/admin/jobs/:id/retry': { access: ['admin'] },
  'GET /v1/requests/:reference/package': { access: 'public' },
  'POST /v1/admin/requests/:reference/package/link': { access: ['admin', 'privacy_officer', 'support_agent'] },
  // Webhook systems report asynchronous results here, authenticated by their own signature, not by a key.
  'POST /v1/connectors/:system/callback': { access: 'public' },
  // Rights requests (rights/): the person's side is public and rate limited; staff routes by role.
  'POST /v1/requests': { access: 'public' },
  'GET /v1/requests/:reference': { access: 'public' },
  'POST /v1/requests/:reference/withdraw': { access: 'public' },
  'POST /v1/requests/:reference/delivery-address': { access: 'public' },
  'POST /v1/requests/:reference/verification/code': { access: 'public' },
  'POST /v1/requests/:reference/verification/link': { access: 'public' },
  'POST /v1/requests/:reference/verification/assertion': { access: 'public' },
  'POST /v1/requests/:reference/verification/resend': { access: 'public' },
  'POST /v1/requests/:reference/agent-authorisation': { access: 'public' },
  'POST /v1/admin/requests': { access: ['admin', 'privacy_officer', 'support_agent'], body: {} },
  'GET /v1/admin/requests': { access: ['admin', 'privacy_officer', 'support_agent', 'auditor'] },
  'GET /v1/admin/requests/:id': { access: ['admin', 'privacy_officer', 'support_agent'] },
  'POST /v1/admin/requests/:id/extend': { access: ['admin', 'privacy_officer'], body: { reason: 'matrix: needs more time' } },
  'POST /v1/admin/requests/:id/approve': { access: ['admin', 'privacy_officer'] },
  'POST /v1/admin/requests/:id/complete': { access: ['admin', 'privacy_officer'] },
  'POST /v1/admin/requests/:id/deny': { access: ['admin', 'privacy_officer'], body: { reason: 'unverifiable' } },
  'POST /v1/admin/requests/:id/reply': { access: ['admin', 'privacy_officer', 'support_agent'], body: { message: 'matrix reply' } },
  'POST /v1/admin/requests/:id/proofs': { access: ['admin', 'privacy_officer', 'support_agent'], body: { method: 'second_identifier' } },
  'GET /v1/admin/requests/:id/agent-authorisation': { access: ['admin', 'privacy_officer', 'support_agent'] },
  'POST /v1/admin/requests/:id/agent-authorisation/decision': { access: ['admin', 'privacy_officer', 'support_agent'], body: { decision: 'approved', reason: 'matrix: checked the signature' } },
  'GET /v1/admin/approvals': { access: ['admin', 'privacy_officer', 'auditor'] },
  'POST /v1/admin/approvals/:id/decision': { access: ['admin', 'privacy_officer'], body: { decision: 'approved' } },
  'GET /v1/admin/assurance': { access: ['admin', 'privacy_officer', 'support_agent', 'auditor'] },
  'POST /v1/admin/assurance': { access: ['admin', 'privacy_officer'], body: { type: 'erasure', level: 'step_up', reason: 'matrix: raise the bar' } },
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
      const { body, headers } = EXPECTED[`${route.method} ${route.url}`] ?? {};
      const url = route.url.replace(/:[a-zA-Z]+/g, () => randomUUID());
      for (const caller of callers) {
        const res = await t.app.inject({
          method: route.method as 'GET',
          url,
          headers: { ...headers, ...caller.headers },
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
