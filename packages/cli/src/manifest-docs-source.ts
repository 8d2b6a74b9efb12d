import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { manifestJsonSchema, renderManifestDocs } from '@pledge/manifest';
import { exampleManifestFiles, MINIMAL_FIXTURE } from './repo-paths.ts';

/** docs/manifest.md as generated now from the schema and the example manifests. */
export function generateManifestDocs(): string {
  const examples = [...exampleManifestFiles(), MINIMAL_FIXTURE].map((file) => parse(readFileSync(file, 'utf8')) as unknown);
  return renderManifestDocs({ jsonSchema: manifestJsonSchema(), examples });
}
