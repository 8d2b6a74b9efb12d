import { describe, expect, it } from 'vitest';
import { expiryDays, forcedOff, isAllowed, isCurrent, makeChoice } from './consent-state.ts';
import type { BannerConfig, Choice } from './types.ts';

const config = {
  consentExpiryDays: 365,
  refusalExpiryDays: 182,
  gpc: { honoured: true, detected: false, off: ['advertising'] },
  dnt: { honoured: false, off: [] },
  categories: [
    { id: 'strictly_necessary', required: true, vendors: [], cookies: [] },
    { id: 'analytics', required: false, vendors: [], cookies: [] },
    { id: 'advertising', required: false, vendors: ['meta', 'youtube'], cookies: [] },
  ],
} as unknown as BannerConfig;

const DAY = 864e5;
const at = (time: number, categories: Record<string, boolean>, vendors: Record<string, boolean> = {}): Choice => ({ subjectId: 'id', time, method: 'custom', categories, vendors });

describe('isAllowed', () => {
  it('allows strictly necessary always, nothing else without a choice', () => {
    expect(isAllowed(undefined, 'strictly_necessary')).toBe(true);
    expect(isAllowed(undefined, 'analytics')).toBe(false);
  });
  it('lets an explicit vendor choice win over its category', () => {
    const c = at(0, { advertising: false }, { youtube: true, meta: false });
    expect(isAllowed(c, 'advertising', 'youtube')).toBe(true);
    expect(isAllowed(c, 'advertising', 'meta')).toBe(false);
    expect(isAllowed(c, 'advertising', 'unknown')).toBe(false);
    expect(isAllowed(c, 'advertising', 'constructor')).toBe(false);
  });
});

describe('expiry and renewal', () => {
  it('keeps consent for consentExpiry, a refusal or a mix for the shorter refusalExpiry', () => {
    expect(expiryDays(at(0, { analytics: true, advertising: true }), config)).toBe(365);
    expect(expiryDays(at(0, { analytics: false, advertising: false }), config)).toBe(182);
    expect(expiryDays(at(0, { analytics: true, advertising: false }), config)).toBe(182);
  });
  it('asks again once expired, after a material notice change, or when a category is new', () => {
    const now = Date.UTC(2026, 5, 1);
    const all = { analytics: true, advertising: true };
    expect(isCurrent(at(now - 300 * DAY, all), config, now)).toBe(true);
    expect(isCurrent(at(now - 366 * DAY, all), config, now)).toBe(false);
    expect(isCurrent(at(now - 183 * DAY, { analytics: false, advertising: false }), config, now)).toBe(false);
    expect(isCurrent(at(now - DAY, all), { ...config, renewBefore: new Date(now - 2 * DAY).toISOString() }, now)).toBe(true);
    expect(isCurrent(at(now - DAY, all), { ...config, renewBefore: new Date(now).toISOString() }, now)).toBe(false);
    expect(isCurrent(at(now - DAY, { analytics: true }), config, now)).toBe(false);
    expect(isCurrent(undefined, config, now)).toBe(false);
  });
});

describe('makeChoice', () => {
  it('accepts all except what a signal switched off, vendors included', () => {
    const c = makeChoice(config, 'accept_all', undefined, ['advertising'], 'new-id');
    expect(c).toMatchObject({ subjectId: 'new-id', method: 'accept_all', categories: { analytics: true, advertising: false }, vendors: { meta: false, youtube: false } });
  });
  it('rejects all and keeps the earlier subject id', () => {
    const c = makeChoice(config, 'reject_all', at(0, {}), [], 'new-id');
    expect(c).toMatchObject({ subjectId: 'id', categories: { analytics: false, advertising: false }, vendors: { meta: false, youtube: false } });
  });
  it('takes what was picked, and an embed the person loaded despite the signal', () => {
    const picked = { categories: { analytics: true, advertising: true }, vendors: { meta: true, youtube: false } };
    expect(makeChoice(config, 'custom', undefined, [], 'x', picked).vendors).toEqual({ meta: true, youtube: false });
    expect(makeChoice(config, 'custom', undefined, ['advertising'], 'x', picked, 'youtube')).toMatchObject({
      categories: { analytics: true, advertising: false },
      vendors: { meta: false, youtube: true },
    });
  });
  it('switches off per stance', () => {
    expect(forcedOff(config, true, true)).toEqual(['advertising']);
    expect(forcedOff(config, false, true)).toEqual([]);
    expect(forcedOff({ ...config, dnt: { honoured: true, off: ['analytics'] } }, false, true)).toEqual(['analytics']);
  });
});
