// The real Pledge server for the browser tests: its consent ledger (POST /v1/consents with CORS, group commit, hash
// chain) on its own 127.0.0.1 port, on a throw-away database, so that the banner's records cross origins and land
// in the ledger exactly as in production. The tests also see each body the ledger accepted, with its receipt.
import type { AddressInfo } from 'node:net';
import type { Manifest } from '../../manifest/src/schema/manifest.ts';
import { buildApp } from '../../server/src/app.ts';
import { loadConfig } from '../../server/src/config.ts';
import type { Db } from '../../server/src/db/database.ts';
import { createTestDatabase } from '../../server/src/db/test-database.ts';

export interface LedgerServer {
  origin: string;
  db: Db;
  /** Bodies the ledger accepted (201), in order. */
  consents: Record<string, unknown>[];
  /** The receipt it answered for each of them. */
  receipts: string[];
  close(): Promise<void>;
}

/** `manifest.cookieSettings.origins` must list the site that embeds the banner. */
export async function startLedgerServer(manifest: Manifest): Promise<LedgerServer> {
  const database = await createTestDatabase();
  const config = loadConfig({ LOG_LEVEL: 'silent', PLEDGE_DATA_DIR: 'memory://', PUBLIC_RATE_LIMIT: '100000' });
  const app = await buildApp({ config, db: database.db, manifest });
  const consents: Record<string, unknown>[] = [];
  const receipts: string[] = [];
  // onSend of a 201 runs after the handler, i.e. after the record was committed.
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method === 'POST' && request.routeOptions.url === '/v1/consents' && reply.statusCode === 201) {
      consents.push(request.body as Record<string, unknown>);
      receipts.push((JSON.parse(String(payload)) as { receipt: string }).receipt);
    }
    return payload;
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    origin: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
    db: database.db,
    consents,
    receipts,
    close: async () => {
      await app.close();
      await database.destroy();
    },
  };
}
