import { describe, expect, it } from 'vitest';
import { IsoDuration } from '../schema/common.ts';
import { compareDurations, durationToDays, RESPONSE_DEADLINES } from './deadlines.ts';

describe('durationToDays', () => {
  it('counts days, weeks, months and years', () => {
    expect(durationToDays('P30D')).toBe(30);
    expect(durationToDays('P2W')).toBe(14);
    expect(durationToDays('P1M')).toBeCloseTo(30.44);
    expect(durationToDays('P1Y')).toBeCloseTo(365.25);
    expect(durationToDays('P1Y2M3W4D')).toBeCloseTo(365.25 + 60.88 + 21 + 4);
  });

  it('rejects what is not a duration', () => {
    for (const bad of ['', 'P', '30D', 'PT1H', 'P1.5M']) expect(() => durationToDays(bad), bad).toThrow();
  });

  it('compares durations', () => {
    expect(compareDurations('P45D', 'P1M')).toBeGreaterThan(0);
    expect(compareDurations('P15D', 'P1M')).toBeLessThan(0);
    expect(compareDurations('P12M', 'P1Y')).toBeLessThan(1);
  });
});

describe('RESPONSE_DEADLINES', () => {
  it('states the legal deadlines as valid durations with a source', () => {
    expect(RESPONSE_DEADLINES.gdpr).toMatchObject({ respond: 'P1M', extension: 'P2M' });
    expect(RESPONSE_DEADLINES.uk_gdpr).toMatchObject({ respond: 'P1M', extension: 'P2M' });
    expect(RESPONSE_DEADLINES.ccpa).toMatchObject({ respond: 'P45D', extension: 'P45D', acknowledge: { businessDays: 10 }, optOut: { businessDays: 15 } });
    expect(RESPONSE_DEADLINES.lgpd.respond).toBe('P15D');
    for (const deadline of Object.values(RESPONSE_DEADLINES)) {
      expect(IsoDuration.safeParse(deadline.respond).success).toBe(true);
      if (deadline.extension) expect(IsoDuration.safeParse(deadline.extension).success).toBe(true);
      expect(deadline.source).toMatch(/Art\.|§/);
    }
  });
});
