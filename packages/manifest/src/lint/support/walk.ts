import type { ManifestPath } from '../finding.ts';

/** Calls `visit` for every string value in a plain JSON-like value, with its path. */
export function walkStrings(value: unknown, path: ManifestPath, visit: (text: string, path: ManifestPath) => void): void {
  if (typeof value === 'string') {
    visit(value, path);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => walkStrings(item, [...path, i], visit));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walkStrings(item, [...path, key], visit);
  }
}
