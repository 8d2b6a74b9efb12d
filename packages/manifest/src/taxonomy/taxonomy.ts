import { ACCOUNT_CATEGORIES } from './categories-account.ts';
import { CONTENT_CATEGORIES } from './categories-content.ts';
import { ONLINE_CATEGORIES } from './categories-online.ts';
import { PERSON_CATEGORIES } from './categories-person.ts';
import { SENSITIVE_CATEGORIES } from './categories-sensitive.ts';
import type { TaxonomyCategory } from './taxonomy-types.ts';

/** The built-in data categories a manifest can name without declaring them under `customCategories`. */
export const TAXONOMY: readonly TaxonomyCategory[] = [
  ...PERSON_CATEGORIES,
  ...ACCOUNT_CATEGORIES,
  ...ONLINE_CATEGORIES,
  ...CONTENT_CATEGORIES,
  ...SENSITIVE_CATEGORIES,
];

const BY_ID: ReadonlyMap<string, TaxonomyCategory> = new Map(TAXONOMY.map((category) => [category.id, category]));

export function findTaxonomyCategory(id: string): TaxonomyCategory | undefined {
  return BY_ID.get(id);
}
