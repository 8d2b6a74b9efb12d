import { z } from 'zod';
import { ManifestSchema } from '../schema/manifest.ts';

export const MANIFEST_SCHEMA_ID = 'https://pledge.dev/schema/pledge.schema.json';

/** The JSON Schema of `pledge.yaml`, generated from the zod schema (editors use it through `$schema`). */
export function manifestJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ManifestSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...generated, $id: MANIFEST_SCHEMA_ID };
}

/** The published file's text: stable key order, trailing newline. */
export function manifestJsonSchemaText(): string {
  return `${JSON.stringify(manifestJsonSchema(), null, 2)}\n`;
}
