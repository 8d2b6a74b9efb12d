import type { Language } from '../schema/common.ts';

export type Translations = Record<Language, string>;

/** One entry of the built-in data-category taxonomy. */
export interface TaxonomyCategory {
  /** Dotted id, e.g. `contact.email`; the part before the first dot is the group. */
  id: string;
  label: Translations;
  /** Standard wording the notice uses when the manifest gives no description. */
  description: Translations;
  /** A special category under GDPR Art. 9(1). */
  special: boolean;
  /** Personal data relating to criminal convictions and offences (GDPR Art. 10). */
  criminal: boolean;
  /** Sensitive personal information under CCPA §1798.140(ae). */
  ccpaSensitive: boolean;
}

/** A category as the rest of Pledge sees it: from the built-in taxonomy or from the manifest's `customCategories`. */
export interface ResolvedCategory {
  id: string;
  /** Only the languages the source gives; the taxonomy always gives all three. */
  label: Partial<Translations>;
  description: Partial<Translations>;
  /** GDPR Art. 9(1). */
  special: boolean;
  /** GDPR Art. 10. */
  criminal: boolean;
  /** CCPA §1798.140(ae). */
  ccpaSensitive: boolean;
  origin: 'taxonomy' | 'custom';
}
