import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase } from './database.ts';
import { listPendingMigrations, migrateToLatest } from './migrator.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('createDatabase with a PGlite data directory', () => {
  it('keeps data across restarts and refuses a second opener while the first is open', async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), 'pledge-db-')), 'data');
    dirs.push(dataDir);
    const first = await createDatabase({ dataDir });
    await migrateToLatest(first);
    await expect(createDatabase({ dataDir })).rejects.toThrow(/in use by process \d+/);
    await first.destroy();

    const again = await createDatabase({ dataDir });
    expect(await listPendingMigrations(again)).toEqual([]);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from api_keys`.execute(again);
    expect(rows[0]?.n).toBe(0);
    await again.destroy();
  });

  it('takes over a lock left behind by a process that no longer exists', async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), 'pledge-db-')), 'data');
    dirs.push(dataDir);
    await createDatabase({ dataDir }).then((db) => db.destroy());
    await writeFile(join(dataDir, 'pledge.lock'), '2147483646');
    const db = await createDatabase({ dataDir });
    await db.destroy();
  });
});
