import { describe, expect, it } from 'vitest';
import { loadManifest } from './load-manifest.ts';

describe('loadManifest', () => {
  it('reports YAML syntax errors with their line and column', () => {
    const result = loadManifest('version: 1\norganisation: [unclosed\n', 'bad.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.findings[0]?.rule).toBe('PLG000');
    expect(result.findings[0]?.location.file).toBe('bad.yaml');
    expect(result.findings[0]?.location.line).toBeGreaterThanOrEqual(2);
  });

  it('rejects duplicate keys instead of silently keeping the last one', () => {
    const result = loadManifest('version: 1\nversion: 1\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings[0]?.rule).toBe('PLG000');
  });

  it('names the field and points at its line for a schema violation', () => {
    const text = ['version: 1', 'jurisdictions:', '  - gdpr', '  - mars', ''].join('\n');
    const result = loadManifest(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const bad = result.findings.find((f) => f.path === 'jurisdictions[1]');
    expect(bad?.message).toContain('jurisdictions[1]');
    expect(bad?.message).toContain('"gdpr"');
    expect(bad?.location).toMatchObject({ line: 4, column: 5 });
  });

  it('points a missing field at its parent and an unknown field at the map', () => {
    const result = loadManifest('version: 1\nnotice:\n  languages: [en]\n  colour: red\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const unknown = result.findings.find((f) => f.path === 'notice' && f.message.includes('colour'));
    expect(unknown?.location.line).toBe(2);
    const missing = result.findings.find((f) => f.path === 'notice.effectiveDate');
    expect(missing?.message).toContain('is required');
    expect(missing?.location.line).toBe(2);
  });

  it('treats an empty file as a manifest missing every required field', () => {
    const result = loadManifest('');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings.some((f) => f.path === 'organisation')).toBe(true);
  });
});
