import type { Language } from '@pledge/manifest';
import { CATALOGUES } from '../messages/catalogue.ts';
import type { ManifestChange } from './change-types.ts';

/**
 * "What changed", one short sentence per change in the given language, material changes first, duplicates removed.
 * Feed it to `renderNotice(..., { version: { changes } })`.
 */
export function summariseChanges(changes: readonly ManifestChange[], lang: Language): string[] {
  const t = CATALOGUES[lang];
  const ordered = [...changes.filter((c) => c.material), ...changes.filter((c) => !c.material)];
  const lines = ordered.map(({ summary }) =>
    t[summary.key].replace('{label}', summary.label[lang]).replace('{value}', summary.value?.[lang] ?? ''),
  );
  return [...new Set(lines)];
}
