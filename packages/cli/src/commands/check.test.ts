import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../testing/run-cli.ts';
import { exampleManifestFiles, MINIMAL_FIXTURE } from '../repo-paths.ts';


afterEach(() => vi.restoreAllMocks());

function tempManifest(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'pledge-check-')), 'pledge.yaml');
  writeFileSync(file, text);
  return file;
}

describe('pledge check', () => {
  it.each(exampleManifestFiles())('passes on the example %s', async (file) => {
    const { code, out } = await runCli(['check', file]);
    expect(out).toMatch(/0 errors/);
    expect(code).toBe(0);
  });

  it('exits 1 and names rule, position and element for a real mistake', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(MINIMAL_FIXTURE, 'utf8').replace('mechanism: eu_us_dpf', 'mechanism: privacy_shield');
    const file = tempManifest(text);
    const { code, out } = await runCli(['check', file]);
    expect(code).toBe(1);
    expect(out).toMatch(/pledge\.yaml:\d+:\d+\s+error\s+PLG103\s+.*Mailchimp/);
  });

  it('exits 1 with the schema finding for an invalid manifest', async () => {
    const { code, out } = await runCli(['check', tempManifest('version: 2\n')]);
    expect(code).toBe(1);
    expect(out).toContain('PLG001');
  });

  it('exits 2 when the file cannot be read', async () => {
    const { code, err } = await runCli(['check', '/nonexistent/pledge.yaml']);
    expect(code).toBe(2);
    expect(err).toContain('cannot read /nonexistent/pledge.yaml');
  });

  it('exits 2 for an unknown format', async () => {
    const { code } = await runCli(['check', MINIMAL_FIXTURE, '--format', 'xml']);
    expect(code).toBe(2);
  });

  it('writes JSON and SARIF that parse, with every rule listed in SARIF', async () => {
    const json = await runCli(['check', MINIMAL_FIXTURE, '--format', 'json']);
    expect(JSON.parse(json.out).summary).toMatchObject({ errors: 0 });
    const sarif = await runCli(['check', exampleManifestFiles()[0]!, '--format', 'sarif']);
    const log = JSON.parse(sarif.out);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver.rules.length).toBeGreaterThanOrEqual(27);
    expect(sarif.code).toBe(0);
  });
});
