import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../testing/run-cli.ts';
import { MINIMAL_FIXTURE } from '../repo-paths.ts';


let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pledge-notice-'));
  // Tested on the embedded database, whatever the suite's DATABASE_URL.
  vi.stubEnv('DATABASE_URL', '');
  vi.stubEnv('PLEDGE_DATA_DIR', join(dir, 'data'));
  vi.stubEnv('PLEDGE_MANIFEST', '');
  vi.stubEnv('LOG_LEVEL', 'silent');
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

/** The minimal fixture with analytics data kept longer (a material change for a consent-based purpose). */
function writeChangedManifest(): string {
  const yaml = readFileSync(MINIMAL_FIXTURE, 'utf8').replace('period: P13M\n    action: anonymise', 'period: P25M\n    action: anonymise');
  expect(yaml).toContain('P25M');
  const file = join(dir, 'changed.yaml');
  writeFileSync(file, yaml.replace('effectiveDate: 2026-01-01', 'effectiveDate: 2026-03-01'));
  return file;
}

describe('pledge notice (no database)', () => {
  it('renders the manifest in the language and format asked for, to standard output or a file', async () => {
    const md = await runCli(['notice', '--manifest', MINIMAL_FIXTURE, '--lang', 'en', '--format', 'md']);
    expect(md).toMatchObject({ code: 0, err: '' });
    expect(md.out).toMatch(/^# /);
    const json = await runCli(['notice', '--manifest', MINIMAL_FIXTURE, '--format', 'json']);
    expect(JSON.parse(json.out)).toMatchObject({ format: 'pledge-notice/1', lang: 'nl', effectiveDate: '2026-01-01' });
    const out = join(dir, 'notice.html');
    expect((await runCli(['notice', '--manifest', MINIMAL_FIXTURE, '--lang', 'nl', '--out', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>\n<html lang="nl">/);
  });

  it('exits 2 for a language the manifest does not declare, an unknown option value or an unreadable file; 1 for an invalid manifest', async () => {
    expect(await runCli(['notice', '--manifest', MINIMAL_FIXTURE, '--lang', 'de'])).toMatchObject({ code: 2, err: expect.stringContaining('declares en, nl') });
    expect((await runCli(['notice', '--manifest', MINIMAL_FIXTURE, '--lang', 'fr'])).code).toBe(2);
    expect((await runCli(['notice', '--manifest', MINIMAL_FIXTURE, '--format', 'pdf'])).code).toBe(2);
    expect((await runCli(['notice', '--manifest', join(dir, 'missing.yaml')])).code).toBe(2);
    const invalid = join(dir, 'invalid.yaml');
    writeFileSync(invalid, readFileSync(MINIMAL_FIXTURE, 'utf8').replace('defaultLanguage: nl', 'defaultLanguage: fr'));
    expect(await runCli(['notice', '--manifest', invalid])).toMatchObject({ code: 1, err: expect.stringContaining('not a valid manifest') });
  });
});

describe('pledge records', () => {
  it('writes the Art. 30 records as CSV (default) or HTML', async () => {
    const csv = await runCli(['records', '--manifest', MINIMAL_FIXTURE, '--lang', 'en']);
    expect(csv.code).toBe(0);
    const [header, ...rows] = csv.out.trimEnd().split('\r\n');
    expect(header).toMatch(/^Processing activity,Controller and contact details,.*Time limits for erasure,Technical and organisational security measures$/);
    expect(rows).toHaveLength(5);
    const html = await runCli(['records', '--manifest', MINIMAL_FIXTURE, '--role', 'processor', '--format', 'html']);
    expect(html.out).toContain('art. 30 lid 2 AVG');
    expect((await runCli(['records', '--manifest', MINIMAL_FIXTURE, '--role', 'joint'])).code).toBe(2);
  });
});

describe('pledge notice publish / versions / diff (database)', () => {
  it('refuses to publish on an unmigrated database, and rejects a malformed effective date before touching it', async () => {
    expect(await runCli(['notice', 'publish', '--manifest', MINIMAL_FIXTURE])).toMatchObject({ code: 1, err: expect.stringMatching(/pending migration/) });
    expect(await runCli(['notice', 'publish', '--effective-date', '2026-02-30'])).toMatchObject({ code: 2, err: expect.stringContaining('YYYY-MM-DD') });
  });

  it('publishes, refuses an unchanged manifest, reports a material change, lists and diffs the versions', async () => {
    await runCli(['migrate']);
    const first = await runCli(['notice', 'publish', '--manifest', MINIMAL_FIXTURE]);
    expect(first).toMatchObject({ code: 0, out: expect.stringContaining('Published notice version 1, effective 2026-01-01') });
    expect(await runCli(['notice', '--manifest', MINIMAL_FIXTURE, 'publish'])).toMatchObject({ code: 1, err: expect.stringContaining('nothing changed') });

    const second = await runCli(['notice', 'publish', '--manifest', writeChangedManifest(), '--effective-date', '2026-04-01']);
    expect(second.code).toBe(0);
    expect(second.out).toContain('Published notice version 2, effective 2026-04-01');
    expect(second.out).toContain('Material changes: yes');
    expect(second.out).toContain('Consent to ask again for: analytics.');
    expect(second.out).toContain('Change notifications pending on: email, website_notice.');

    const versions = await runCli(['notice', 'versions', '--lang', 'en']);
    expect(versions.code).toBe(0);
    expect(versions.out).toMatch(/VERSION +EFFECTIVE +PUBLISHED +MATERIAL +BY\n2 +2026-04-01 +\S+ +yes +cli\n +- /);

    const diff = await runCli(['notice', 'diff', '1', '2', '--lang', 'en']);
    expect(diff.code).toBe(0);
    expect(diff.out).toMatch(/Version 1 \(effective 2026-01-01\) → version 2 \(effective 2026-04-01\): \d+ change\(s\), material\./);
    expect(diff.out).toContain('[material]');
    expect(await runCli(['notice', 'diff', '1', '9'])).toMatchObject({ code: 1, err: expect.stringContaining('No published notice version') });
    expect(await runCli(['notice', 'diff', '1', 'two'])).toMatchObject({ code: 2, err: expect.stringContaining('"two"') });
  });
});
