import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../schema/common.ts';
import { countryName, COUNTRY_NAMES } from './country-names.ts';
import {
  EEA_MEMBER_STATES, EU_ADEQUACY_DECISIONS, EU_MEMBER_STATES, euTransferNeedsSafeguard, hasEuAdequacy, hasUkAdequacy, isEea,
  UK_ADEQUACY_REGULATIONS, ukTransferNeedsSafeguard,
} from './countries.ts';

describe('EEA', () => {
  it('has the 27 EU states plus Iceland, Liechtenstein and Norway', () => {
    expect(new Set(EU_MEMBER_STATES).size).toBe(27);
    expect(new Set(EEA_MEMBER_STATES).size).toBe(30);
    for (const code of ['NL', 'DE', 'GR', 'HR', 'IS', 'LI', 'NO', 'nl']) expect(isEea(code), code).toBe(true);
    for (const code of ['GB', 'CH', 'US', 'EL', 'TR']) expect(isEea(code), code).toBe(false);
  });
});

describe('EU adequacy', () => {
  it('covers the countries with a Commission decision', () => {
    for (const code of ['AD', 'AR', 'BR', 'CA', 'CH', 'FO', 'GB', 'GG', 'IL', 'IM', 'JE', 'JP', 'KR', 'NZ', 'UY']) {
      expect(hasEuAdequacy(code), code).toBe(true);
    }
    for (const code of ['IN', 'AU', 'SG', 'CN', 'PH', 'ZA', 'NL']) expect(hasEuAdequacy(code), code).toBe(false);
  });

  it('covers the US only for DPF-certified recipients', () => {
    expect(hasEuAdequacy('US')).toBe(false);
    expect(hasEuAdequacy('US', { dpfCertified: true })).toBe(true);
    expect(euTransferNeedsSafeguard('US')).toBe(true);
    expect(euTransferNeedsSafeguard('US', { dpfCertified: true })).toBe(false);
  });

  it('needs no safeguard inside the EEA', () => {
    expect(euTransferNeedsSafeguard('DE')).toBe(false);
    expect(euTransferNeedsSafeguard('IN')).toBe(true);
  });

  it('cites a source for every decision', () => {
    for (const d of [...EU_ADEQUACY_DECISIONS, ...UK_ADEQUACY_REGULATIONS]) expect(d.source.length, d.country).toBeGreaterThan(10);
  });
});

describe('UK adequacy', () => {
  it('covers the EEA, Gibraltar, the older EU list and Korea, but not Brazil', () => {
    for (const code of ['NL', 'NO', 'GI', 'CH', 'JP', 'CA', 'NZ', 'IL', 'KR']) expect(hasUkAdequacy(code), code).toBe(true);
    for (const code of ['BR', 'IN', 'AU']) expect(hasUkAdequacy(code), code).toBe(false);
  });

  it('covers the US only through the UK Extension to the DPF', () => {
    expect(hasUkAdequacy('US')).toBe(false);
    expect(hasUkAdequacy('US', { dpfCertified: true })).toBe(true);
  });

  it('treats data staying in the UK as no transfer', () => {
    expect(ukTransferNeedsSafeguard('GB')).toBe(false);
    expect(ukTransferNeedsSafeguard('SG')).toBe(true);
  });
});

describe('country names', () => {
  it('names every listed country and common vendor locations in every language', () => {
    const codes = new Set([
      ...EEA_MEMBER_STATES, ...EU_ADEQUACY_DECISIONS.map((d) => d.country), ...UK_ADEQUACY_REGULATIONS.map((d) => d.country),
      'US', 'IN', 'AU', 'SG', 'BR', 'CN', 'PH', 'ZA',
    ]);
    for (const code of codes) {
      for (const language of LANGUAGES) expect(COUNTRY_NAMES[code]?.[language], `${code} ${language}`).toBeTruthy();
    }
  });

  it('translates names and falls back for unlisted codes', () => {
    expect(countryName('US', 'nl')).toBe('Verenigde Staten');
    expect(countryName('de', 'de')).toBe('Deutschland');
    expect(countryName('HK', 'en')).toBe('Hong Kong');
    expect(countryName('IS', 'nl')).toBe('IJsland');
    expect(countryName('NP', 'en')).toBe('Nepal');
  });
});
