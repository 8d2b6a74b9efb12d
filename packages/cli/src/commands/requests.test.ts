import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadManifestFile } from '@pledge/manifest';
import { createAuditService, createDatabase, createMailer, createRights, loadConfig } from '@pledge/server';
import { startSmtpSink, type SmtpSink } from '../../../server/src/mail/testing/smtp-sink.ts';
import { runCli } from '../testing/run-cli.ts';
import { MINIMAL_FIXTURE } from '../repo-paths.ts';


let dataDir: string;
let smtp: SmtpSink;
beforeEach(async () => {
  smtp = await startSmtpSink();
  dataDir = join(mkdtempSync(join(tmpdir(), 'pledge-cli-')), 'data');
  vi.stubEnv('DATABASE_URL', '');
  vi.stubEnv('PLEDGE_DATA_DIR', dataDir);
  vi.stubEnv('LOG_LEVEL', 'silent');
  vi.stubEnv('SMTP_URL', smtp.url);
  vi.stubEnv('PLEDGE_MANIFEST', MINIMAL_FIXTURE);
});
afterEach(async () => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  await smtp.close();
});

describe('pledge requests remind', () => {
  it('raises reminders once a day and mails the controller contact', async () => {
    expect((await runCli(['migrate'])).code).toBe(0);
    const db = await createDatabase({ dataDir });
    let reference = '';
    try {
      const loaded = await loadManifestFile(MINIMAL_FIXTURE);
      if (!loaded.ok) throw new Error('fixture invalid');
      const config = loadConfig();
      const quiet = { warn: () => undefined, error: () => undefined, info: () => undefined };
      const mailer = createMailer(config.mail, db, quiet);
      const rights = createRights({ config, db, audit: createAuditService(db), manifest: loaded.manifest, mailer, logger: quiet });
      const input = { type: 'access', jurisdiction: 'gdpr', email: 'late@example.org' } as Parameters<typeof rights.takeIn>[0];
      reference = (await rights.takeIn(input, { channel: 'postal', receivedAt: new Date('2026-01-05T10:00:00Z'), actor: 'cli' })).request.reference;
      mailer.close();
    } finally {
      await db.destroy();
    }
    const first = await runCli(['requests', 'remind', '--now', '2026-02-10T07:00:00Z']);
    expect(first.code).toBe(0);
    expect(first.out).toContain(`${reference}  access`);
    expect(first.out).toContain('overdue');
    await smtp.waitFor((m) => smtp.to('privacy@shop.example.com').includes(m));
    const again = await runCli(['requests', 'remind', '--now', '2026-02-10T09:00:00Z']);
    expect(again.out).toBe('No new reminders today.\n');
    expect((await runCli(['requests', 'remind', '--now', 'yesterday'])).code).toBe(2);
  });
});
