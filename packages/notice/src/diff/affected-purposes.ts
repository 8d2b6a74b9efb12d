import type { ManifestChange } from './change-types.ts';

/**
 * The purposes whose consent must be asked again (GDPR Art. 7 and 13(3)): consent-based purposes that a material
 * change touches. Non-material changes never invalidate consent.
 */
export function affectedPurposes(changes: readonly ManifestChange[]): string[] {
  return [...new Set(changes.filter((c) => c.material).flatMap((c) => c.consentPurposes))];
}
