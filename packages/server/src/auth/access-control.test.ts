import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db/test-database.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

let database: TestDatabase;
const opened: TestApp[] = [];
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());
afterEach(async () => {
  await Promise.all(opened.splice(0).map((t) => t.close().catch(() => undefined)));
});

async function testApp(env?: Record<string, string>): Promise<TestApp> {
  const t = await createTestApp({ database, ...(env ? { env } : {}) });
  opened.push(t);
  return t;
}

/** Registration errors surface either at once or at ready(), depending on when the route is added; both stop startup. */
async function startWith(register: (t: TestApp) => void): Promise<void> {
  const t = await testApp();
  register(t);
  await t.app.ready();
}

describe('access declarations', () => {
  it('refuse to start when a route declares no access', async () => {
    await expect(startWith((t) => t.app.get('/v1/admin/forgotten', async () => ({ open: true })))).rejects.toThrow(
      /GET \/v1\/admin\/forgotten must declare config.access/,
    );
  });

  it('refuse an empty or unknown role list', async () => {
    await expect(startWith((t) => t.app.get('/v1/admin/nobody', { config: { access: [] } }, async () => ({})))).rejects.toThrow(
      /must declare config.access/,
    );
    await expect(
      startWith((t) => t.app.get('/v1/admin/boss', { config: { access: ['boss' as 'admin'] } }, async () => ({}))),
    ).rejects.toThrow(/must declare config.access/);
  });

  it('refuse to let the read-only auditor role onto a route that changes state', async () => {
    await expect(
      startWith((t) => t.app.post('/v1/admin/purge', { config: { access: ['admin', 'auditor'] } }, async () => ({}))),
    ).rejects.toThrow(/read-only role/);
  });

  it('let the auditor onto a writing route only when it changes the caller’s own account (ownAccountOnly)', async () => {
    const t = await testApp();
    t.app.post('/v1/account/example', { config: { access: ['admin', 'auditor'], ownAccountOnly: true } }, async () => ({}));
    await t.app.ready();
    expect(t.app.routeTable).toContainEqual({ method: 'POST', url: '/v1/account/example', access: ['admin', 'auditor'] });
  });

  it('accept a declared route and list it in the route table', async () => {
    const t = await testApp();
    t.app.get('/v1/admin/extra', { config: { access: ['auditor'] } }, async () => ({}));
    await t.app.ready();
    expect(t.app.routeTable).toContainEqual({ method: 'GET', url: '/v1/admin/extra', access: ['auditor'] });
  });
});

describe('public routes', () => {
  it('are rate limited per IP, with a 429 in the standard error shape', async () => {
    const t = await testApp({ PUBLIC_RATE_LIMIT: '3' });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await t.app.inject({ url: '/healthz', remoteAddress: '10.0.0.1' })).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await t.app.inject({ url: '/healthz', remoteAddress: '10.0.0.1' });
    expect(limited.json().error.code).toBe('rate_limited');
    expect(limited.headers['retry-after']).toBeDefined();
    // Another address has its own budget.
    expect((await t.app.inject({ url: '/healthz', remoteAddress: '10.0.0.2' })).statusCode).toBe(200);
  });
});
