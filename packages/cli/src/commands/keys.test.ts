import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDatabase } from '@pledge/server';
import { runCli } from '../testing/run-cli.ts';


let dataDir: string;
beforeEach(() => {
  dataDir = join(mkdtempSync(join(tmpdir(), 'pledge-cli-')), 'data');
  // These commands are tested on the embedded database, whatever the suite's DATABASE_URL.
  vi.stubEnv('DATABASE_URL', '');
  vi.stubEnv('PLEDGE_DATA_DIR', dataDir);
  vi.stubEnv('LOG_LEVEL', 'silent');
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('pledge migrate', () => {
  it('applies the migrations once, records that in the audit log, and then has nothing to do', async () => {
    const first = await runCli(['migrate']);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/Applied \d+ migration\(s\)/);
    expect(first.out).toContain('0001-api-keys');
    const again = await runCli(['migrate']);
    expect(again).toMatchObject({ code: 0, out: expect.stringContaining('up to date') });

    const db = await createDatabase({ dataDir });
    const { rows } = await sql<{ actor: string; action: string }>`select actor, action from audit_log`.execute(db);
    await db.destroy();
    expect(rows).toEqual([{ actor: 'cli', action: 'database.migrated' }]);
  });
});

describe('pledge keys', () => {
  it('refuse to run on an unmigrated database', async () => {
    const res = await runCli(['keys', 'list']);
    expect(res.code).toBe(1);
    expect(res.err).toMatch(/pledge keys list: .*pending migration.*pledge migrate/);
  });

  it('create prints the key once; list shows it without the secret; the database holds only its hash', async () => {
    await runCli(['migrate']);
    const created = await runCli(['keys', 'create', '--role', 'support_agent', '--label', 'support desk']);
    expect(created.code).toBe(0);
    const key = /plg_[0-9a-f]{16}_[A-Za-z0-9_-]{43}/.exec(created.out)?.[0];
    const id = /key ([0-9a-f-]{36})/.exec(created.out)?.[1];
    expect(key).toBeDefined();
    expect(created.out.split(key!)).toHaveLength(2); // printed exactly once
    // Everything after the prefix: the secret is base64url and may itself contain '_'.
    const secret = key!.slice('plg_'.length + 16 + 1);
    expect(secret).toHaveLength(43);

    const listed = await runCli(['keys', 'list']);
    expect(listed.code).toBe(0);
    expect(listed.out).toContain(id);
    expect(listed.out).toContain('support_agent');
    expect(listed.out).toContain('support desk');
    expect(listed.out).not.toContain(secret);

    const db = await createDatabase({ dataDir });
    const { rows } = await sql`select * from api_keys`.execute(db);
    const audit = await sql<{ actor: string; action: string }>`select actor, action from audit_log order by seq`.execute(db);
    await db.destroy();
    expect(JSON.stringify(rows)).not.toContain(secret);
    expect(audit.rows.at(-1)).toEqual({ actor: 'cli', action: 'api_key.created' });
  });

  it('create refuses an unknown role (exit 2)', async () => {
    await runCli(['migrate']);
    const res = await runCli(['keys', 'create', '--role', 'boss']);
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/boss/);
  });

  it('revoke: 0 the first time, 1 when already revoked or unknown, 2 for something that is not an id', async () => {
    await runCli(['migrate']);
    const id = /key ([0-9a-f-]{36})/.exec((await runCli(['keys', 'create', '--role', 'auditor'])).out)?.[1];
    expect(await runCli(['keys', 'revoke', id!])).toMatchObject({ code: 0, out: expect.stringContaining(`Revoked auditor key ${id}`) });
    expect(await runCli(['keys', 'revoke', id!])).toMatchObject({ code: 1, err: expect.stringContaining('already revoked') });
    expect(await runCli(['keys', 'revoke', '00000000-0000-4000-8000-000000000000'])).toMatchObject({ code: 1, err: expect.stringContaining('No API key') });
    expect(await runCli(['keys', 'revoke', 'abc'])).toMatchObject({ code: 2, err: expect.stringContaining('not a key id') });
    expect((await runCli(['keys', 'list'])).out).toMatch(/auditor .* revoked /);
  });
});
