import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { createTestDatabase, type TestDatabase } from '../db/test-database.ts';
import { loadMinimalManifest } from '../testing/test-app.ts';

const opened: TestDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((t) => t.destroy()));
});

async function appOn(migrate: boolean) {
  const database = await createTestDatabase({ migrate });
  opened.push(database);
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), db: database.db, manifest: await loadMinimalManifest() });
  return { app, database };
}

describe('health', () => {
  it('readyz is 503 until migrations are current, then 200; healthz is 200 throughout; then 503 once the database is gone', async () => {
    const { app, database } = await appOn(false);
    expect((await app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });

    const pending = await app.inject({ url: '/readyz' });
    expect(pending.statusCode).toBe(503);
    expect(pending.json()).toEqual({ status: 'not_ready', reason: 'migrations_pending' });

    await migrateToLatest(database.db);
    const ready = await app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready' });

    await database.db.destroy();
    const closed = await app.inject({ url: '/readyz' });
    expect(closed.statusCode).toBe(503);
    expect(closed.json()).toEqual({ status: 'not_ready', reason: 'database_unreachable' });
    expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
    await app.close();
  });
});
