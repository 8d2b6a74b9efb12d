import type { CenterConfig } from '../api/types.ts';

/** Request types the marketing form can use, in order of preference (GDPR Art. 21(2)-(3), Art. 7(3)). */
const MARKETING_TYPES = ['objection_direct_marketing', 'withdraw_consent'];

export function marketingRoute(config: CenterConfig): { jurisdiction: string; type: string } | null {
  for (const type of MARKETING_TYPES) {
    const found = config.jurisdictions.find((j) => j.requestTypes.includes(type));
    if (found) return { jurisdiction: found.id, type };
  }
  return null;
}

/** Rectification names the declared fields to correct (system.dataset.field); without any, the details say it. */
export const needsCorrections = (type: string, config: CenterConfig) => type === 'rectification' && config.correctableFields.length > 0;

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
