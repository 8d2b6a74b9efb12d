import { describe, expect, it } from 'vitest';
import { loadMinimalManifest } from '../testing/test-app.ts';
import { buildConsentCatalogue, expiryOf } from './consent-catalogue.ts';
import type { ConsentRecord } from './consent-chain.ts';
import { decideConsent } from './consent-decision.ts';

const catalogue = buildConsentCatalogue(await loadMinimalManifest());
const DAY = 86_400_000;

function recordAt(recordedAt: string, choices: Record<string, boolean>, noticeVersion = '1'): ConsentRecord {
  return {
    seq: 1, receipt: '00000000-0000-4000-8000-000000000000', recordedAt, subjectKey: 'k', site: null, origin: null, actor: 'subject',
    method: 'custom', reason: null, choices, vendors: {}, consentMode: {}, noticeVersion, textVersion: 't', language: 'en', gpc: false,
    gpcHeader: false, dnt: false, region: null, regionSource: 'none', test: false, prevHash: 'p', hash: 'h',
    accountId: null, ipPrefix: null, uaHash: null, erasedAt: null,
  };
}

describe('decideConsent', () => {
  const t0 = '2026-01-10T12:00:00.000Z';
  const noRenewals = new Map();

  it('lets consent last consentExpiry (P12M → 365 days) and a refusal refusalExpiry (P6M → 182 days)', () => {
    expect(catalogue).toMatchObject({ consentExpiryDays: 365, refusalExpiryDays: 182, optionalCategories: ['analytics'] });
    expect(expiryOf({ analytics: true }, t0, catalogue)).toBe(new Date(Date.parse(t0) + 365 * DAY).toISOString());
    expect(expiryOf({ analytics: false }, t0, catalogue)).toBe(new Date(Date.parse(t0) + 182 * DAY).toISOString());
    expect(expiryOf({}, t0, catalogue)).toBe(new Date(Date.parse(t0) + 182 * DAY).toISOString());

    const granted = recordAt(t0, { strictly_necessary: true, analytics: true });
    const ask = { categories: ['analytics'] };
    expect(decideConsent(granted, ask, catalogue, noRenewals, new Date(Date.parse(t0) + 364 * DAY))).toMatchObject({ allowed: true, reason: 'granted' });
    expect(decideConsent(granted, ask, catalogue, noRenewals, new Date(Date.parse(t0) + 365 * DAY))).toMatchObject({ allowed: false, reason: 'expired' });
    const refused = recordAt(t0, { strictly_necessary: true, analytics: false });
    expect(decideConsent(refused, ask, catalogue, noRenewals, new Date(Date.parse(t0) + 181 * DAY))).toMatchObject({ reason: 'refused' });
    expect(decideConsent(refused, ask, catalogue, noRenewals, new Date(Date.parse(t0) + 182 * DAY))).toMatchObject({ reason: 'expired' });
  });

  it('asks for renewal only for consent given under an earlier version than a material change to a purpose of the category', () => {
    const renewals = new Map([['analytics', { purpose: 'analytics', version: 3, publishedAt: new Date('2026-02-01T00:00:00Z'), effectiveDate: '2026-03-01' }]]);
    const now = new Date('2026-02-10T00:00:00Z');
    const ask = { categories: ['analytics'] };
    const granted = { strictly_necessary: true, analytics: true };
    expect(decideConsent(recordAt(t0, granted, '2'), ask, catalogue, renewals, now)).toMatchObject({ reason: 'renewal_required', renewalVersion: 3 });
    expect(decideConsent(recordAt(t0, granted, 'draft'), ask, catalogue, renewals, now)).toMatchObject({ reason: 'renewal_required' });
    // Claims version 3 but was recorded before it was published.
    expect(decideConsent(recordAt(t0, granted, '3'), ask, catalogue, renewals, now)).toMatchObject({ reason: 'renewal_required' });
    expect(decideConsent(recordAt('2026-02-05T00:00:00.000Z', granted, '3'), ask, catalogue, renewals, now)).toMatchObject({ allowed: true });
    // A refusal needs no renewal.
    expect(decideConsent(recordAt(t0, { analytics: false }, '2'), ask, catalogue, renewals, now)).toMatchObject({ reason: 'refused' });
    // A purpose no banner category serves does not touch it.
    const other = new Map([['newsletter', { purpose: 'newsletter', version: 3, publishedAt: new Date('2026-02-01T00:00:00Z'), effectiveDate: '2026-03-01' }]]);
    expect(decideConsent(recordAt(t0, granted, '2'), ask, catalogue, other, now)).toMatchObject({ allowed: true });
  });
});
