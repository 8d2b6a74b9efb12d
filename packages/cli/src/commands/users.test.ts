import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../main.ts';

async function runCli(args: string[], stdin?: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  if (stdin !== undefined) vi.spyOn(process, 'stdin', 'get').mockReturnValue(Readable.from([stdin]) as unknown as typeof process.stdin);
  try {
    return { code: await main(args), out, err };
  } finally {
    vi.restoreAllMocks();
  }
}

beforeEach(() => {
  vi.stubEnv('DATABASE_URL', '');
  vi.stubEnv('PLEDGE_DATA_DIR', join(mkdtempSync(join(tmpdir(), 'pledge-cli-')), 'data'));
  vi.stubEnv('LOG_LEVEL', 'silent');
  vi.stubEnv('PLEDGE_TOTP_KEY', Buffer.alloc(32, 3).toString('base64'));
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('pledge users', () => {
  it('creates an account with a generated password (and a TOTP URI), lists it, refuses a duplicate, disables it', async () => {
    expect((await runCli(['migrate'])).code).toBe(0);
    const created = await runCli(['users', 'create', '--email', 'Ann@Example.com', '--role', 'privacy_officer', '--totp']);
    expect(created.code).toBe(0);
    expect(created.out).toContain('Created privacy_officer account ann@example.com');
    expect(created.out).toMatch(/\n {2}[A-Za-z0-9]{20}\n/);
    expect(created.out).toContain('otpauth://totp/Pledge:ann%40example.com?');

    const piped = await runCli(['users', 'create', '--email', 'bob@example.com', '--role', 'auditor', '--password-stdin'], 'a password from a file\n');
    expect(piped.code).toBe(0);
    expect(piped.out).not.toContain('shown this once');

    expect((await runCli(['users', 'create', '--email', 'ann@example.com', '--role', 'admin'])).code).toBe(1);
    expect((await runCli(['users', 'list'])).out).toBe('ann@example.com  privacy_officer  totp  active\nbob@example.com  auditor  password only  active\n');
    expect((await runCli(['users', 'disable', '--email', 'bob@example.com'])).code).toBe(0);
    expect((await runCli(['users', 'list'])).out).toContain('bob@example.com  auditor  password only  disabled');
    const missing = await runCli(['users', 'password', '--email', 'nobody@example.com']);
    expect(missing).toMatchObject({ code: 1, err: expect.stringContaining('No account with this e-mail address') });
  });
});
