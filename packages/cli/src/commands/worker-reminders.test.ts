import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadManifestFile, type Manifest } from '@pledge/manifest';
import { createAuditService, createMailDelivery, createRights, loadConfig } from '@pledge/server';
import { createTestDatabase, type TestDatabase } from '../../../server/src/db/test-database.ts';
import { join } from 'node:path';
import { EXAMPLES_DIR } from '../repo-paths.ts';
import { startWorker } from './worker.ts';

let database: TestDatabase;
let manifest: Manifest;
beforeAll(async () => {
  database = await createTestDatabase();
  const loaded = await loadManifestFile(join(EXAMPLES_DIR, 'jume', 'pledge.yaml'));
  if (!loaded.ok) throw new Error('demo manifest is invalid');
  manifest = loaded.manifest;
});
afterAll(() => database.destroy());

describe('the worker’s daily deadline check', () => {
  it('raises the reminder for an overdue request as soon as a worker runs, once, without anyone calling `requests remind`', async () => {
    const config = loadConfig({ LOG_LEVEL: 'silent', PLEDGE_DATA_DIR: 'memory://' });
    const quiet = { warn: () => undefined, error: () => undefined, info: () => undefined };
    const mail = createMailDelivery(config, database.db, quiet);
    const rights = createRights({ config, db: database.db, audit: createAuditService(database.db), manifest, mailer: mail.mailer, outbox: mail.outbox, logger: quiet });
    const receivedAt = new Date(Date.now() - 40 * 86_400_000);
    const { request } = await rights.takeIn({ type: 'access', jurisdiction: 'gdpr', email: 'late@example.org' } as Parameters<typeof rights.takeIn>[0], { channel: 'email', receivedAt, actor: 'system' });
    const reminders = () => database.db.selectFrom('rights_request_reminders').selectAll().where('request_id', '=', request.id).execute();
    expect(await reminders()).toHaveLength(0);

    const stop = await startWorker(database.db, config, manifest, 50);
    try {
      for (let i = 0; i < 100 && (await reminders()).length === 0; i += 1) await new Promise((r) => setTimeout(r, 50));
    } finally {
      await stop();
    }
    const raised = await reminders();
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({ kind: 'overdue' });
    // A second worker the same day adds nothing (one reminder per request per UTC day).
    await (await startWorker(database.db, config, manifest, 50))();
    expect(await reminders()).toHaveLength(1);
    mail.close();
  });
});
