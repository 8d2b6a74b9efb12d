import type { Jurisdiction } from '../../schema/common.ts';
import type { Manifest } from '../../schema/manifest.ts';
import type { Right } from '../../schema/rights.ts';
import type { z } from 'zod';

/** Regimes that follow the GDPR's structure (lawful bases, Chapter V transfers, Art. 15–22 rights). */
export const GDPR_LIKE = ['gdpr', 'uk_gdpr'] as const satisfies readonly Jurisdiction[];

/** Regimes that require a lawful basis per purpose: GDPR Art. 6, UK GDPR Art. 6, LGPD Art. 7. */
export const BASIS_REGIMES = ['gdpr', 'uk_gdpr', 'lgpd'] as const satisfies readonly Jurisdiction[];

export const REGIME_LABEL: Record<Jurisdiction, string> = {
  gdpr: 'GDPR',
  uk_gdpr: 'UK GDPR',
  ccpa: 'CCPA',
  lgpd: 'LGPD',
};

export function declares(manifest: Manifest, jurisdiction: Jurisdiction): boolean {
  return manifest.jurisdictions.includes(jurisdiction);
}

export function declaredGdprLike(manifest: Manifest): Jurisdiction[] {
  return GDPR_LIKE.filter((j) => declares(manifest, j));
}

/** The rights offered under a regime (empty when the regime has no list). */
export function offeredRights(manifest: Manifest, jurisdiction: Jurisdiction): ReadonlyArray<z.infer<typeof Right>> {
  return manifest.rights.offered[jurisdiction] ?? [];
}

/** Path of the rights list of a regime; when it is missing, its position falls back to `rights.offered`. */
export function offeredPath(jurisdiction: Jurisdiction): Array<string | number> {
  return ['rights', 'offered', jurisdiction];
}

/** The regimes a controller acts under: its own list, or every declared regime. */
export function controllerJurisdictions(manifest: Manifest, index: number): Jurisdiction[] {
  const controller = manifest.organisation.controllers[index];
  return (controller?.jurisdictions ?? manifest.jurisdictions).filter((j) => declares(manifest, j));
}
