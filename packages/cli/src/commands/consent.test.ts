import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadManifestFile } from '@pledge/manifest';
import { buildApp, createDatabase, loadConfig } from '@pledge/server';
import { sql, type RawBuilder } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../testing/run-cli.ts';
import { MINIMAL_FIXTURE } from '../repo-paths.ts';


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

/** Records choices through the real endpoint of a server on the same data directory; returns the receipts. */
async function recordChoices(n: number): Promise<string[]> {
  expect((await runCli(['migrate'])).code).toBe(0);
  const loaded = await loadManifestFile(MINIMAL_FIXTURE);
  if (!loaded.ok) throw new Error('fixture manifest is invalid');
  const db = await createDatabase({ dataDir });
  const app = await buildApp({ config: loadConfig(), db, manifest: loaded.manifest });
  try {
    const receipts: string[] = [];
    for (let i = 0; i < n; i++) {
      const res = await app.inject({
        method: 'POST',
        url: '/v1/consents',
        headers: { origin: 'https://shop.example.com' },
        payload: {
          subjectId: `${i}`.padStart(32, 'a'),
          choices: { strictly_necessary: true, analytics: i % 2 === 0 },
          vendors: {},
          method: i % 2 === 0 ? 'accept_all' : 'reject_all',
          noticeVersion: '0',
          textVersion: 'b'.repeat(64),
          language: 'en',
          consentMode: {
            ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: i % 2 === 0 ? 'granted' : 'denied',
            functionality_storage: 'denied', personalization_storage: 'denied', security_storage: 'granted',
          },
          gpc: false,
          dnt: false,
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      receipts.push(res.json().receipt);
    }
    return receipts;
  } finally {
    await app.close();
    await db.destroy();
  }
}

/** Edits the ledger the way someone with database access would, bypassing the append-only trigger. */
async function tamper(statement: RawBuilder<unknown>): Promise<void> {
  const db = await createDatabase({ dataDir });
  try {
    await db.transaction().execute(async (tx) => {
      await sql`alter table consent_records disable trigger user`.execute(tx);
      await statement.execute(tx);
      await sql`alter table consent_records enable trigger user`.execute(tx);
    });
  } finally {
    await db.destroy();
  }
}

describe('pledge consent verify', () => {
  it('exits 0 on an intact ledger and prints its head', async () => {
    expect((await runCli(['migrate'])).code).toBe(0);
    expect((await runCli(['consent', 'verify'])).out).toMatch(/intact: it is empty/);
    await recordChoices(4);
    const res = await runCli(['consent', 'verify']);
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/intact: 4 records\. Head: seq 4, hash [0-9a-f]{64}/);
  });

  it('exits 1 naming the record whose choice was edited', async () => {
    const receipts = await recordChoices(4);
    await tamper(sql`update consent_records set choices = '{"strictly_necessary": true, "analytics": true}'::jsonb where seq = 2`);
    const res = await runCli(['consent', 'verify']);
    expect(res.code).toBe(1);
    expect(res.out).toContain(`BROKEN at seq 2 (receipt ${receipts[1]}): hash does not match the record content`);
  });

  it('exits 1 naming the deleted record', async () => {
    await recordChoices(4);
    await tamper(sql`delete from consent_records where seq = 3`);
    const res = await runCli(['consent', 'verify']);
    expect(res.code).toBe(1);
    expect(res.out).toMatch(/BROKEN at seq 3: record 3 is missing/);
  });
});
