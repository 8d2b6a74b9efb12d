import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Where the repository's own files are, resolved from this file so the CLI works from any working directory. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const EXAMPLES_DIR = join(REPO_ROOT, 'examples');
export const SCHEMA_FILE = join(REPO_ROOT, 'schema', 'pledge.schema.json');
export const MANIFEST_DOCS_FILE = join(REPO_ROOT, 'docs', 'manifest.md');
export const RULE_DOCS_FILE = join(REPO_ROOT, 'docs', 'lint-rules.md');
export const MINIMAL_FIXTURE = join(REPO_ROOT, 'packages', 'manifest', 'src', 'fixtures', 'minimal.yaml');

/** Every example manifest (examples/<company>/pledge.yaml), sorted by company. */
export function exampleManifestFiles(): string[] {
  if (!existsSync(EXAMPLES_DIR)) return [];
  return readdirSync(EXAMPLES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(EXAMPLES_DIR, d.name, 'pledge.yaml')))
    .map((d) => join(EXAMPLES_DIR, d.name, 'pledge.yaml'))
    .sort();
}
