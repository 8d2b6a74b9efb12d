import type { TaxonomyCategory, Translations } from './taxonomy-types.ts';

export interface CategoryFlags {
  special?: boolean;
  criminal?: boolean;
  ccpaSensitive?: boolean;
}

/** Builds a taxonomy entry; flags default to false so the data files only state what is true. */
export function defineCategory(
  id: string,
  label: Translations,
  description: Translations,
  flags: CategoryFlags = {},
): TaxonomyCategory {
  return {
    id,
    label,
    description,
    special: flags.special ?? false,
    criminal: flags.criminal ?? false,
    ccpaSensitive: flags.ccpaSensitive ?? false,
  };
}
