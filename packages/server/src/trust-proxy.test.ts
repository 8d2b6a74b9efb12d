import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';
import { subjectKeyOf } from './consent/consent-request-data.ts';
import { consentBody, SHOP_ORIGIN } from './consent/consent-test-support.ts';
import { createTestDatabase, type TestDatabase } from './db/test-database.ts';
import { PledgeError } from './errors/pledge-error.ts';
import { createTestApp, type TestApp } from './testing/test-app.ts';

describe('PLEDGE_TRUST_PROXY', () => {
  it('is off by default; takes a hop count or proxy addresses and CIDR ranges', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ PLEDGE_TRUST_PROXY: '' }).trustProxy).toBe(false);
    expect(loadConfig({ PLEDGE_TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ PLEDGE_TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,fd00::/8, loopback' }).trustProxy).toEqual(['10.0.0.0/8', '127.0.0.1', 'fd00::/8', 'loopback']);
  });

  it.each(['true', '0', '11', 'proxy.internal', '10.0.0.0/33', '10.0.0.1/8/2'])('refuses %s, naming the variable and the rule', (value) => {
    let error: unknown;
    try {
      loadConfig({ PLEDGE_TRUST_PROXY: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PledgeError);
    expect((error as PledgeError).message).toMatch(/PLEDGE_TRUST_PROXY: (a hop count must be between 1 and 10|must be a hop count)/);
  });
});

describe('behind a proxy', () => {
  let database: TestDatabase;
  const apps: TestApp[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await database.destroy();
  });
  const appWith = async (trust: string | undefined) => {
    const app = await createTestApp({ database, env: { PUBLIC_RATE_LIMIT: '2', ...(trust === undefined ? {} : { PLEDGE_TRUST_PROXY: trust }) } });
    apps.push(app);
    return app;
  };
  // app.inject connects from 127.0.0.1: the proxy, in these tests.
  const from = (t: TestApp, forwardedFor: string) => t.app.inject({ url: '/healthz', headers: { 'x-forwarded-for': forwardedFor } });

  it('trusted: per-IP limits count each client the proxy names', async () => {
    const t = await appWith('127.0.0.1');
    expect([(await from(t, '203.0.113.7')).statusCode, (await from(t, '203.0.113.7')).statusCode, (await from(t, '203.0.113.7')).statusCode]).toEqual([200, 200, 429]);
    expect((await from(t, '198.51.100.4')).statusCode).toBe(200);
  });

  it('not trusted (the default): every client behind the proxy shares the proxy\'s limit, whatever the header says', async () => {
    const t = await appWith(undefined);
    expect([(await from(t, '203.0.113.7')).statusCode, (await from(t, '203.0.113.8')).statusCode, (await from(t, '198.51.100.4')).statusCode]).toEqual([200, 200, 429]);
  });

  it('a hop count trusts that many proxies, nearest first; the consent ledger keeps the client\'s truncated address', async () => {
    const t = await appWith('1');
    const body = consentBody();
    // A client-supplied first entry cannot win: only the hop the trusted proxy added counts.
    const res = await t.app.inject({ method: 'POST', url: '/v1/consents', headers: { origin: SHOP_ORIGIN, 'x-forwarded-for': '192.0.2.1, 203.0.113.77' }, payload: body });
    expect(res.statusCode, res.body).toBe(201);
    const [row] = await t.db.selectFrom('consent_records').select('ip_prefix').where('subject_key', '=', subjectKeyOf(body.subjectId)).execute();
    expect(row).toEqual({ ip_prefix: '203.0.113.0/24' });
  });
});
