import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../main.ts';
import { MINIMAL_FIXTURE } from '../repo-paths.ts';

/** Captures stdout/stderr while `pledge ...` runs in-process; `waitFor` resolves once the output matches. */
function startCli(args: string[]) {
  const output = { out: '', err: '' };
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((output.out += String(chunk)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((output.err += String(chunk)), true));
  const done = main(args).finally(() => {
    o.mockRestore();
    e.mockRestore();
  });
  const waitFor = async (pattern: RegExp): Promise<RegExpExecArray> => {
    for (let i = 0; i < 600; i++) {
      const match = pattern.exec(output.out);
      if (match) return match;
      await Promise.race([done, new Promise((r) => setTimeout(r, 50))]);
    }
    throw new Error(`timed out waiting for ${pattern}; output so far:\n${output.out}\n${output.err}`);
  };
  return { output, done, waitFor };
}

let dataDir: string;
beforeEach(() => {
  dataDir = join(mkdtempSync(join(tmpdir(), 'pledge-serve-')), 'data');
  vi.stubEnv('DATABASE_URL', '');
  vi.stubEnv('PLEDGE_DATA_DIR', dataDir);
  vi.stubEnv('LOG_LEVEL', 'info'); // logs on, to check the first key never reaches them
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('pledge serve', () => {
  it('migrates, prints a first admin key once (never in the logs), serves, and stops on SIGTERM', async () => {
    const run = startCli(['serve', '--port', '0', '--manifest', MINIMAL_FIXTURE]);
    const [, url] = await run.waitFor(/serving .* at (http:\/\/\S+) /);
    const key = /plg_[0-9a-f]{16}_[A-Za-z0-9_-]{43}/.exec(run.output.out)?.[0];
    expect(key).toBeDefined();

    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const whoami = await fetch(`${url}/v1/admin/whoami`, { headers: { authorization: `Bearer ${key}` } });
    expect(await whoami.json()).toMatchObject({ role: 'admin' });

    process.emit('SIGTERM');
    expect(await run.done).toBe(0);
    expect(run.output.out.split(key!)).toHaveLength(2);
    const logLines = run.output.out.split('\n').filter((line) => line.startsWith('{'));
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.join('\n')).not.toContain(key!.slice('plg_'.length + 16 + 1)); // the secret (base64url, may hold '_')

    // A second start finds a key and prints none.
    const again = startCli(['serve', '--port', '0', '--manifest', MINIMAL_FIXTURE]);
    await again.waitFor(/serving .* at /);
    process.emit('SIGTERM');
    expect(await again.done).toBe(0);
    expect(again.output.out).not.toMatch(/plg_[0-9a-f]{16}_/);
  });

  it('uses the demo manifest with --demo', async () => {
    const run = startCli(['serve', '--port', '0', '--demo']);
    await run.waitFor(/serving (.*examples\/jume\/pledge\.yaml|.*minimal\.yaml) at /);
    process.emit('SIGTERM');
    expect(await run.done).toBe(0);
  });

  it('refuses to start on an invalid manifest, printing the schema findings (exit 1)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pledge-serve-')), 'pledge.yaml');
    writeFileSync(file, readFileSync(MINIMAL_FIXTURE, 'utf8').replace('jurisdictions: [gdpr]', 'jurisdictions: [mars]'));
    const run = startCli(['serve', '--port', '0', '--manifest', file]);
    expect(await run.done).toBe(1);
    expect(run.output.err).toContain('not a valid manifest');
    expect(run.output.err).toMatch(/jurisdictions\[0\]/);
  });

  it('exits 2 for an unreadable manifest or a bad port', async () => {
    const missing = startCli(['serve', '--manifest', join(dataDir, 'nope.yaml')]);
    expect(await missing.done).toBe(2);
    expect(missing.output.err).toMatch(/cannot read/);
    const badPort = startCli(['serve', '--port', 'eighty', '--manifest', MINIMAL_FIXTURE]);
    expect(await badPort.done).toBe(2);
    expect(badPort.output.err).toMatch(/PORT: must be a number/);
  });
});
