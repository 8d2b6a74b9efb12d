import { describe, expect, it } from 'vitest';
import { GDPR_DIGITAL_CONSENT_AGES, legalMinimumAge } from './children.ts';
import { EEA_MEMBER_STATES } from './countries.ts';

describe('legalMinimumAge', () => {
  it('uses the national GDPR Art. 8 age of the controller’s country', () => {
    const expected: Record<string, number> = { NL: 16, DE: 16, FR: 15, IT: 14, ES: 14, BE: 13, DK: 13, SE: 13, AT: 14, IE: 16 };
    for (const [country, age] of Object.entries(expected)) expect(legalMinimumAge('gdpr', country), country).toBe(age);
    expect(legalMinimumAge('gdpr', 'nl')).toBe(16);
  });

  it('falls back to 16 under the GDPR without a known country', () => {
    expect(legalMinimumAge('gdpr')).toBe(16);
    expect(legalMinimumAge('gdpr', 'US')).toBe(16);
  });

  it('knows the UK, CCPA and LGPD thresholds', () => {
    expect(legalMinimumAge('uk_gdpr')).toBe(13);
    expect(legalMinimumAge('ccpa')).toBe(13);
    expect(legalMinimumAge('lgpd')).toBe(12);
  });
});

describe('GDPR_DIGITAL_CONSENT_AGES', () => {
  it('has every EEA state, each between 13 and 16 with a source', () => {
    for (const code of EEA_MEMBER_STATES) {
      const rule = GDPR_DIGITAL_CONSENT_AGES[code];
      expect(rule, code).toBeDefined();
      expect(rule?.age).toBeGreaterThanOrEqual(13);
      expect(rule?.age).toBeLessThanOrEqual(16);
      expect(rule?.source).toBeTruthy();
    }
  });
});
