import { compileBannerConfig, durationToDays, type Manifest } from '@pledge/manifest';
import { PledgeError } from '../errors/pledge-error.ts';
import type { ValidationIssue } from '../errors/error-handler.ts';

/** What the ledger needs to know of the manifest, compiled once: the ids a record may name and how long it lasts. */
export interface ConsentCatalogue {
  /** Categories the banner shows (strictly necessary always). */
  categories: ReadonlySet<string>;
  optionalCategories: readonly string[];
  vendors: ReadonlySet<string>;
  languages: ReadonlySet<string>;
  /** Per category: the manifest purposes its cookies serve. */
  purposesOfCategory: ReadonlyMap<string, readonly string[]>;
  /** Per purpose: the optional categories whose cookies serve it. */
  categoriesOfPurpose: ReadonlyMap<string, readonly string[]>;
  purposes: ReadonlySet<string>;
  consentExpiryDays: number;
  refusalExpiryDays: number;
  /** Normalised origins (scheme://host[:port]) allowed to record consent. */
  origins: ReadonlySet<string>;
}

export function buildConsentCatalogue(manifest: Manifest): ConsentCatalogue {
  // The ids are the same in every language; the default language is as good as any.
  const config = compileBannerConfig(manifest);
  const categories = config.categories.map((c) => c.id as string);
  const purposesOfCategory = new Map<string, string[]>();
  for (const id of categories) {
    const served = manifest.cookies.filter((c) => c.category === id).flatMap((c) => c.purposes);
    purposesOfCategory.set(id, [...new Set(served)]);
  }
  const optionalCategories = config.categories.filter((c) => !c.required).map((c) => c.id as string);
  const categoriesOfPurpose = new Map<string, string[]>();
  for (const category of optionalCategories) {
    for (const purpose of purposesOfCategory.get(category) ?? []) categoriesOfPurpose.set(purpose, [...(categoriesOfPurpose.get(purpose) ?? []), category]);
  }
  return {
    categories: new Set(categories),
    optionalCategories,
    vendors: new Set(config.vendors.map((v) => v.id)),
    languages: new Set(manifest.notice.languages),
    purposesOfCategory,
    categoriesOfPurpose,
    purposes: new Set(manifest.purposes.map((p) => p.id)),
    consentExpiryDays: Math.floor(durationToDays(manifest.cookieSettings.consentExpiry)),
    refusalExpiryDays: Math.floor(durationToDays(manifest.cookieSettings.refusalExpiry)),
    origins: new Set(manifest.cookieSettings.origins.map((o) => new URL(o).origin)),
  };
}

export interface RecordedChoices {
  choices: Record<string, boolean>;
  vendors: Record<string, boolean>;
  language: string;
}

/** 400 naming every field that the manifest does not know, in the same shape as schema errors. */
export function assertKnownToManifest(body: RecordedChoices, catalogue: ConsentCatalogue): void {
  const issues: ValidationIssue[] = [];
  for (const [category, granted] of Object.entries(body.choices)) {
    if (!catalogue.categories.has(category)) {
      issues.push({ path: `body.choices.${category}`, rule: 'unknown_category', message: 'is not a cookie category of this manifest' });
    } else if (category === 'strictly_necessary' && !granted) {
      issues.push({ path: `body.choices.${category}`, rule: 'always_granted', message: 'strictly necessary cookies cannot be refused' });
    }
  }
  for (const vendor of Object.keys(body.vendors)) {
    if (!catalogue.vendors.has(vendor)) issues.push({ path: `body.vendors.${vendor}`, rule: 'unknown_vendor', message: 'is not a vendor of this manifest' });
  }
  if (!catalogue.languages.has(body.language)) {
    issues.push({ path: 'body.language', rule: 'unknown_language', message: 'is not a language of this notice' });
  }
  if (issues.length > 0) throw new PledgeError('validation_failed', { details: issues });
}

/**
 * The banner's own rule (docs/banner.md): every optional category granted → consentExpiry; all refused →
 * refusalExpiry; a mix → the shorter. A category the record does not mention counts as refused.
 */
export function expiryOf(choices: Record<string, boolean>, recordedAt: string, catalogue: ConsentCatalogue): string {
  const granted = catalogue.optionalCategories.filter((c) => choices[c] === true).length;
  const all = catalogue.optionalCategories.length;
  const days =
    granted === all && all > 0
      ? catalogue.consentExpiryDays
      : granted === 0
        ? catalogue.refusalExpiryDays
        : Math.min(catalogue.consentExpiryDays, catalogue.refusalExpiryDays);
  return new Date(Date.parse(recordedAt) + days * 86_400_000).toISOString();
}
