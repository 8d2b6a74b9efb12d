import type { z } from 'zod';
import { LANGUAGES, type LocalizedText } from '../../schema/common.ts';
import { ManifestSchema, type Manifest } from '../../schema/manifest.ts';
import type { ManifestPath } from '../finding.ts';

/** The parts of a zod definition this walker reads (zod 4 keeps them on `_zod.def`). */
interface Def {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** A LocalizedText is a union of a string and an object keyed by exactly the supported languages. */
function isLocalizedText(def: Def): boolean {
  if (def.type !== 'union' || def.options?.length !== 2) return false;
  const [first, second] = def.options.map(defOf);
  const keys = Object.keys(second?.shape ?? {});
  return first?.type === 'string' && keys.length === LANGUAGES.length && LANGUAGES.every((l) => keys.includes(l));
}

/**
 * Calls `visit` for every LocalizedText value in the manifest, found by walking the schema alongside the data,
 * so a field that becomes translatable in the schema is checked without touching this file.
 */
export function forEachLocalizedText(manifest: Manifest, visit: (text: LocalizedText, path: ManifestPath) => void): void {
  walk(ManifestSchema, manifest, [], visit);
}

function walk(schema: z.ZodType, value: unknown, path: ManifestPath, visit: (text: LocalizedText, path: ManifestPath) => void): void {
  if (value === undefined || value === null) return;
  const def = defOf(schema);
  if (isLocalizedText(def)) {
    visit(value as LocalizedText, path);
    return;
  }
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
    case 'prefault':
    case 'readonly':
      if (def.innerType) walk(def.innerType, value, path, visit);
      return;
    case 'pipe':
      if (def.in) walk(def.in, value, path, visit);
      return;
    case 'object':
      if (typeof value === 'object' && def.shape) {
        for (const [key, child] of Object.entries(def.shape)) walk(child, (value as Record<string, unknown>)[key], [...path, key], visit);
      }
      return;
    case 'array':
      if (Array.isArray(value) && def.element) value.forEach((item, i) => walk(def.element as z.ZodType, item, [...path, i], visit));
      return;
    case 'record':
      if (typeof value === 'object' && def.valueType) {
        for (const [key, item] of Object.entries(value)) walk(def.valueType, item, [...path, key], visit);
      }
      return;
    default:
      return;
  }
}
