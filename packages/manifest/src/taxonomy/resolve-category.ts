import type { z } from 'zod';
import type { Language } from '../schema/common.ts';
import type { CustomCategory } from '../schema/data-map.ts';
import { toPartialTranslations } from './localized-text.ts';
import { findTaxonomyCategory } from './taxonomy.ts';
import { categoryGroup } from './taxonomy-groups.ts';
import type { ResolvedCategory } from './taxonomy-types.ts';

/** The parts of a manifest (validated or as written) that category lookups need. */
export interface CategoryContext {
  customCategories?: ReadonlyArray<z.input<typeof CustomCategory>>;
  notice?: { defaultLanguage: Language };
}

/**
 * Finds a category in the built-in taxonomy or in the manifest's `customCategories`.
 * The taxonomy wins when a custom category reuses a built-in id, so a manifest cannot switch off the
 * special-category flag of e.g. `special.health` by redeclaring it.
 */
export function resolveCategory(id: string, manifest?: CategoryContext): ResolvedCategory | undefined {
  const builtin = findTaxonomyCategory(id);
  if (builtin) return { ...builtin, label: { ...builtin.label }, description: { ...builtin.description }, origin: 'taxonomy' };

  const custom = manifest?.customCategories?.find((c) => c.id === id);
  if (!custom) return undefined;
  const language = manifest?.notice?.defaultLanguage ?? 'en';
  const flagged = custom.special ?? false;
  // The schema has one flag for "Art. 9 or Art. 10"; a custom id in the criminal.* group is read as Art. 10 data.
  const criminal = flagged && categoryGroup(id) === 'criminal';
  return {
    id,
    label: toPartialTranslations(custom.label, language),
    description: toPartialTranslations(custom.description, language),
    special: flagged && !criminal,
    criminal,
    ccpaSensitive: custom.ccpaSensitive ?? false,
    origin: 'custom',
  };
}
