import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadManifest } from '../loader/load-manifest.ts';
import type { Manifest } from '../schema/manifest.ts';
import { resolveCategory } from './resolve-category.ts';
import { resolveSubjectLabel } from './subject-labels.ts';

const EXAMPLES = ['jume', 'netjump', 'james-pro'] as const;
const SCHEMA_LINE = '# yaml-language-server: $schema=../../schema/pledge.schema.json';

function load(name: string) {
  const file = new URL(`../../../../examples/${name}/pledge.yaml`, import.meta.url);
  const text = readFileSync(file, 'utf8');
  return { text, result: loadManifest(text, `examples/${name}/pledge.yaml`) };
}

/** Every category id a manifest mentions: declared, used by purposes and recipients, held in dataset fields. */
function usedCategoryIds(m: Manifest): string[] {
  return [
    ...m.categories.map((c) => c.id),
    ...m.purposes.flatMap((p) => p.categories),
    ...m.recipients.flatMap((r) => r.categories),
    ...m.systems.flatMap((s) => s.datasets.flatMap((d) => d.fields.map((f) => f.category))),
  ];
}

describe.each(EXAMPLES)('examples/%s/pledge.yaml', (name) => {
  const { text, result } = load(name);

  it('points editors at the JSON Schema', () => {
    expect(text.split('\n')[0]).toBe(SCHEMA_LINE);
  });

  it('loads without YAML or schema errors', () => {
    expect(result.ok ? [] : result.findings.map((f) => `${f.location.line}: ${f.message}`)).toEqual([]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.manifest.$schema).toBe('../../schema/pledge.schema.json');
  });

  it('uses only categories from the taxonomy or its customCategories', () => {
    if (!result.ok) return;
    const unknown = usedCategoryIds(result.manifest).filter((id) => !resolveCategory(id, result.manifest));
    expect(unknown).toEqual([]);
  });

  it('uses only built-in or declared subjects', () => {
    if (!result.ok) return;
    const m = result.manifest;
    const subjects = [...m.categories.flatMap((c) => c.subjects), ...m.purposes.flatMap((p) => p.subjects ?? [])];
    expect(subjects.filter((id) => !resolveSubjectLabel(id, m))).toEqual([]);
  });
});

describe('examples', () => {
  it('include a data map with systems in at least one example', () => {
    const withSystems = EXAMPLES.map((name) => load(name).result).filter((r) => r.ok && r.manifest.systems.length > 0);
    expect(withSystems.length).toBeGreaterThan(0);
  });
});
