import { fileURLToPath } from 'node:url';
import { loadManifestFile, type Manifest } from '@pledge/manifest';
import type { Logger } from 'pino';
import { buildApp } from '../app.ts';
import type { PledgeApp } from '../app-types.ts';
import { createAuditService } from '../audit/audit.service.ts';
import { createApiKeysService, type ApiKeysService } from '../auth/api-keys.service.ts';
import { ROLES, type Role } from '../auth/roles.ts';
import { loadConfig } from '../config.ts';
import type { Db } from '../db/database.ts';
import { createTestDatabase, type TestDatabase } from '../db/test-database.ts';

export const MINIMAL_MANIFEST_PATH = fileURLToPath(new URL('../../../manifest/src/fixtures/minimal.yaml', import.meta.url));

export interface TestApp {
  app: PledgeApp;
  db: Db;
  manifest: Manifest;
  apiKeys: ApiKeysService;
  /** One live key per role. */
  keys: Record<Role, string>;
  /** An admin key that has been revoked. */
  revokedKey: string;
  close(): Promise<void>;
}

export async function loadMinimalManifest(): Promise<Manifest> {
  const loaded = await loadManifestFile(MINIMAL_MANIFEST_PATH);
  if (!loaded.ok) throw new Error(`fixture manifest is invalid: ${loaded.findings.map((f) => f.message).join('; ')}`);
  return loaded.manifest;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  logger?: Logger;
  /** Reuse a database several apps share (starting one costs seconds); the caller destroys it. */
  database?: TestDatabase;
  /** Another manifest than the minimal fixture. */
  manifest?: Manifest;
}

/** A real app on a real (isolated) database, with a key for every role. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const testDb = options.database ?? (await createTestDatabase());
  const config = loadConfig({ LOG_LEVEL: 'silent', PLEDGE_DATA_DIR: 'memory://', ...options.env });
  const manifest = options.manifest ?? (await loadMinimalManifest());
  const app = await buildApp({ config, db: testDb.db, manifest, ...(options.logger ? { logger: options.logger } : {}) });
  const apiKeys = createApiKeysService(testDb.db, createAuditService(testDb.db));
  const keys = {} as Record<Role, string>;
  for (const role of ROLES) keys[role] = (await apiKeys.create({ label: `test ${role}`, role }, 'system')).plaintext;
  const revoked = await apiKeys.create({ label: 'revoked admin', role: 'admin' }, 'system');
  await apiKeys.revoke(revoked.key.id, 'system');
  return {
    app,
    db: testDb.db,
    manifest,
    apiKeys,
    keys,
    revokedKey: revoked.plaintext,
    close: async () => {
      await app.close();
      if (!options.database) await testDb.destroy();
    },
  };
}

export function bearer(key: string): { authorization: string } {
  return { authorization: `Bearer ${key}` };
}
