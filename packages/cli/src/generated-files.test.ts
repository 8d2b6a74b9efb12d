import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { documentFields, manifestJsonSchema, manifestJsonSchemaText, renderRuleDocs, RULE_CATALOGUE } from '@pledge/manifest';
import { generateManifestDocs } from './manifest-docs-source.ts';
import { exampleManifestFiles, MANIFEST_DOCS_FILE, MINIMAL_FIXTURE, RULE_DOCS_FILE, SCHEMA_FILE } from './repo-paths.ts';

// The published JSON Schema and docs/manifest.md are generated; these tests fail when someone changes the zod
// schema or the examples without running `npm run schema`, so the published files can never drift.
describe('generated files', () => {
  it('schema/pledge.schema.json is the JSON Schema generated from the zod schema', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(manifestJsonSchemaText());
  });

  it('docs/manifest.md is the reference generated from the schema and the examples', () => {
    expect(readFileSync(MANIFEST_DOCS_FILE, 'utf8')).toBe(generateManifestDocs());
  });

  it('docs/lint-rules.md describes every rule in the catalogue', () => {
    expect(readFileSync(RULE_DOCS_FILE, 'utf8')).toBe(renderRuleDocs(RULE_CATALOGUE));
  });

  it('documents every field of the schema with an example value', () => {
    const examples = [...exampleManifestFiles(), MINIMAL_FIXTURE].map((f) => parse(readFileSync(f, 'utf8')) as unknown);
    const fields = documentFields({ jsonSchema: manifestJsonSchema(), examples });
    expect(fields.length).toBeGreaterThan(150);
    const withoutExample = fields.filter((f) => f.example === undefined).map((f) => f.path);
    expect(withoutExample).toEqual([]);
    const docs = readFileSync(MANIFEST_DOCS_FILE, 'utf8');
    for (const field of fields) expect(docs).toContain(`| \`${field.path}\` |`);
  });
});
