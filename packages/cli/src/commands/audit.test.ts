import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type RawBuilder } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDatabase } from '@pledge/server';
import { runCli } from '../testing/run-cli.ts';


let dataDir: string;
beforeEach(() => {
  dataDir = join(mkdtempSync(join(tmpdir(), 'pledge-cli-')), 'data');
  vi.stubEnv('DATABASE_URL', '');
  vi.stubEnv('PLEDGE_DATA_DIR', dataDir);
  vi.stubEnv('LOG_LEVEL', 'silent');
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

/** Edits the log the way someone with database access would, bypassing the append-only trigger. */
async function tamper(statement: RawBuilder<unknown>): Promise<void> {
  const db = await createDatabase({ dataDir });
  try {
    await db.transaction().execute(async (tx) => {
      await sql`alter table audit_log disable trigger user`.execute(tx);
      await statement.execute(tx);
      await sql`alter table audit_log enable trigger user`.execute(tx);
    });
  } finally {
    await db.destroy();
  }
}

async function fourEntries(): Promise<void> {
  await runCli(['migrate']); // entry 1
  for (const role of ['admin', 'auditor', 'privacy_officer']) await runCli(['keys', 'create', '--role', role]); // entries 2-4
}

describe('pledge audit verify', () => {
  it('exits 0 on an intact chain and prints its head', async () => {
    await fourEntries();
    const res = await runCli(['audit', 'verify']);
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/intact: 4 entries\. Head: seq 4, hash [0-9a-f]{64}/);
  });

  it('exits 1 naming the edited entry', async () => {
    await fourEntries();
    await tamper(sql`update audit_log set details = '{"role": "auditor"}'::jsonb where seq = 2`);
    const res = await runCli(['audit', 'verify']);
    expect(res.code).toBe(1);
    expect(res.out).toMatch(/BROKEN at seq 2: .*altered/);
  });

  it('exits 1 naming the deleted entry', async () => {
    await fourEntries();
    await tamper(sql`delete from audit_log where seq = 3`);
    const res = await runCli(['audit', 'verify']);
    expect(res.code).toBe(1);
    expect(res.out).toMatch(/BROKEN at seq 3: entry 3 is missing/);
  });
});
