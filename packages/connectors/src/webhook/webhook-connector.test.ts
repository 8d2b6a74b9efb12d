import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoShop } from '../../demo-shop/demo-shop-sql.ts';
import { PLANTED } from '../../demo-shop/demo-shop-seed.ts';
import { describeConnectorContract } from '../contract/connector-contract.ts';
import type { Connector } from '../connector.ts';
import { ConnectorError } from '../connector-error.ts';
import { createSqliteConnector } from '../sqlite/sqlite-connector.ts';
import { TEST_HASH_SECRET, demoDataset, loadDemoShopManifest } from '../testing/demo-shop-manifest.ts';
import { createSqliteTestDatabase, type TestDatabase } from '../testing/test-databases.ts';
import { startTestReceiver, type TestReceiver } from '../testing/webhook-test-receiver.ts';
import { WebhookConnector } from './webhook-connector.ts';
import { parseWebhookCallback } from './webhook-protocol.ts';
import { SIGNATURE_HEADER, signWebhookBody } from './webhook-signature.ts';

const SECRET = 'whsec_demo_shop_0123456789';
const manifest = loadDemoShopManifest();
const datasets = manifest.systems.flatMap((s) => s.datasets);

/** A demo shop in SQLite behind a real local HTTP receiver. */
async function startShopReceiver(): Promise<{ db: TestDatabase; backend: Connector; receiver: TestReceiver; close(): Promise<void> }> {
  const db = await createSqliteTestDatabase();
  await loadDemoShop(db.exec, 'sqlite');
  const backend = createSqliteConnector({ url: db.url });
  const receiver = await startTestReceiver({ secret: SECRET, backend, datasets, hashSecret: TEST_HASH_SECRET });
  return { db, backend, receiver, close: async () => (await receiver.close(), await backend.close(), await db.drop()) };
}

describeConnectorContract('webhook (signed HTTP to a local receiver)', async () => {
  const shop = await startShopReceiver();
  const connector = new WebhookConnector('crm', { url: shop.receiver.url, secret: SECRET });
  return { connector, query: shop.db.query, close: async () => (await connector.close(), await shop.close()) };
});

describe('webhook connector', () => {
  let shop: Awaited<ReturnType<typeof startShopReceiver>>;
  const customers = demoDataset(manifest, 'customers');
  const connect = (extra: Partial<ConstructorParameters<typeof WebhookConnector>[1]> = {}) => new WebhookConnector('crm', { url: shop.receiver.url, secret: SECRET, ...extra });
  const failure = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e as ConnectorError);

  beforeAll(async () => {
    shop = await startShopReceiver();
  });
  afterAll(async () => shop?.close());

  it('signs every request; the receiver refuses a wrong secret and a stale timestamp', async () => {
    const error = await failure(connect({ secret: 'not-the-shared-secret' }).findRows(customers, { field: 'email', values: [PLANTED.anna] }));
    expect(error).toMatchObject({ code: 'remote', status: 401, retryable: false });
    expect(shop.receiver.refused.at(-1)).toBe('signature does not match');
    const body = JSON.stringify({ action: 'access', operationId: 'x', requestId: 'x', system: 'crm', dataset: 'customers', identities: { field: 'email', values: [PLANTED.anna] } });
    const stale = signWebhookBody(body, SECRET, new Date(Date.now() - 6 * 60_000));
    const replay = await fetch(shop.receiver.url, { method: 'POST', headers: { [SIGNATURE_HEADER]: stale }, body });
    expect(replay.status).toBe(401);
    expect(shop.receiver.refused.at(-1)).toMatch(/tolerance window/);
  });

  it('sends the protocol body: action, dataset, identities, request id', async () => {
    await connect().findRows(customers, { field: 'email', values: [PLANTED.anna] }, { requestId: 'req-42' });
    expect(shop.receiver.received.at(-1)).toMatchObject({ action: 'access', requestId: 'req-42', system: 'crm', dataset: 'customers', table: 'customers', identities: { field: 'email', values: [PLANTED.anna] } });
    await connect().notify({ kind: 'erasure', identities: [{ type: 'email', value: PLANTED.anna }] }, { requestId: 'req-42' });
    expect(shop.receiver.received.at(-1)).toMatchObject({ action: 'notify', event: { kind: 'erasure' } });
  });

  it('models a 202 as a pending result that a signed callback resolves later', async () => {
    shop.receiver.mode = 'async';
    try {
      const pending = await connect({ callbackUrl: 'https://pledge.example.com/hooks/crm' }).findRows(customers, { field: 'email', values: [PLANTED.anna] });
      const sent = shop.receiver.received.at(-1)!;
      expect(pending).toEqual({ pending: true, id: sent.operationId, system: 'crm', dataset: 'customers', action: 'access' });
      expect(sent.callbackUrl).toBe('https://pledge.example.com/hooks/crm');
      const callback = JSON.stringify({ operationId: sent.operationId, requestId: sent.requestId, action: 'access', result: { rows: [{ id: 1, email: PLANTED.anna }] } });
      expect(parseWebhookCallback(callback, signWebhookBody(callback, SECRET), SECRET)).toMatchObject({ operationId: sent.operationId, result: { rows: [{ id: 1 }] } });
      expect(() => parseWebhookCallback(callback.replace('"id":1', '"id":2'), signWebhookBody(callback, SECRET), SECRET)).toThrow(/signature does not match/);
    } finally {
      shop.receiver.mode = 'sync';
    }
  });

  it('turns non-2xx answers into typed errors with a retryable flag, never quoting the body', async () => {
    for (const [status, retryable] of [[503, true], [429, true], [400, false], [404, false]] as const) {
      shop.receiver.mode = status;
      const error = await failure(connect().findRows(customers, { field: 'email', values: [PLANTED.anna] }));
      expect(error).toMatchObject({ code: 'remote', status, retryable });
      expect(error!.message).not.toContain(PLANTED.anna);
    }
    shop.receiver.mode = 'sync';
  });

  it('times out as a retryable error', async () => {
    shop.receiver.mode = 'hang';
    try {
      expect(await failure(connect({ timeoutMs: 300 }).findRows(customers, { field: 'email', values: [PLANTED.anna] }))).toMatchObject({ code: 'timeout', retryable: true });
    } finally {
      shop.receiver.mode = 'sync';
    }
  });

  it('reports an unreachable receiver as a retryable network error', async () => {
    const error = await failure(new WebhookConnector('crm', { url: 'http://127.0.0.1:1/pledge', secret: SECRET }).findRows(customers, { field: 'email', values: ['x'] }));
    expect(error).toMatchObject({ code: 'network', retryable: true });
  });

  it('refuses plain http to anything but localhost, and short secrets', () => {
    expect(() => new WebhookConnector('crm', { url: 'http://crm.example.com/hook', secret: SECRET })).toThrow(/https/);
    expect(() => new WebhookConnector('crm', { url: 'https://crm.example.com/hook', secret: 'short' })).toThrow(/secret: at least 16/);
  });
});
