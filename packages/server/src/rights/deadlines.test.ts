import { describe, expect, it } from 'vitest';
import { addBusinessDays, addCalendarMonths, calendarDaysBetween, computeDeadlines, type DeadlineFacts } from './deadlines.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const day = (date: Date) => date.toISOString().slice(0, 10);
const facts = (over: Partial<DeadlineFacts>): DeadlineFacts => ({ jurisdiction: 'gdpr', type: 'access', receivedAt: d('2026-03-10'), extended: false, pausedDays: 0, ...over });

describe('calendar months (GDPR Art. 12(3); Regulation 1182/71 Art. 3)', () => {
  it.each([
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-31', 1, '2026-02-28'], // February is shorter: its last day
    ['2024-01-31', 1, '2024-02-29'], // leap year
    ['2024-01-30', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-12-31', 1, '2027-01-31'], // over the year end
    ['2026-11-30', 3, '2027-02-28'],
  ])('%s + %i month(s) = %s', (from, months, expected) => {
    expect(day(addCalendarMonths(d(from), months))).toBe(expected);
  });
});

describe('business days (Mon–Fri)', () => {
  it.each([
    ['2026-03-02', 10, '2026-03-16'], // Monday → Monday two weeks on
    ['2026-03-06', 10, '2026-03-20'], // Friday
    ['2026-03-07', 10, '2026-03-20'], // Saturday: counting starts Monday
    ['2026-03-08', 1, '2026-03-09'], // Sunday → Monday
    ['2026-03-06', 15, '2026-03-27'],
  ])('%s + %i = %s', (from, n, expected) => {
    expect(day(addBusinessDays(d(from), n))).toBe(expected);
  });
});

describe('computeDeadlines', () => {
  it('GDPR: one month, ending at the end of the due day (UTC), extendable by two', () => {
    const due = computeDeadlines(facts({ receivedAt: new Date('2026-01-31T17:45:00Z') }));
    expect(due.dueAt.toISOString()).toBe('2026-02-28T23:59:59.999Z');
    expect(due.extension).toBe('P2M');
    expect(due.acknowledgeBy).toBeNull();
    expect(day(computeDeadlines(facts({ receivedAt: d('2024-01-31') })).dueAt)).toBe('2024-02-29');
  });

  it('GDPR extension: two more months on top of the first (conservatively from the first due day)', () => {
    expect(day(computeDeadlines(facts({ receivedAt: d('2026-01-31'), extended: true })).dueAt)).toBe('2026-04-28');
    expect(day(computeDeadlines(facts({ receivedAt: d('2026-03-10'), extended: true })).dueAt)).toBe('2026-06-10');
  });

  it('GDPR (EU) does not pause; UK GDPR adds the days the clock stood still (Art. 12A)', () => {
    expect(day(computeDeadlines(facts({ pausedDays: 5 })).dueAt)).toBe('2026-04-10');
    expect(day(computeDeadlines(facts({ jurisdiction: 'uk_gdpr', pausedDays: 5 })).dueAt)).toBe('2026-04-15');
    expect(day(computeDeadlines(facts({ jurisdiction: 'uk_gdpr', pausedDays: 5, extended: true })).dueAt)).toBe('2026-06-15');
  });

  it('CCPA: 45 days, +45 once; acknowledge within 10 business days; the clock never pauses (11 CCR §7021)', () => {
    const base = computeDeadlines(facts({ jurisdiction: 'ccpa', type: 'know', receivedAt: d('2026-03-06') }));
    expect(day(base.dueAt)).toBe('2026-04-20');
    expect(day(base.acknowledgeBy!)).toBe('2026-03-20');
    expect(base.extension).toBe('P45D');
    expect(day(computeDeadlines(facts({ jurisdiction: 'ccpa', type: 'know', receivedAt: d('2026-03-06'), extended: true })).dueAt)).toBe('2026-06-04');
    expect(day(computeDeadlines(facts({ jurisdiction: 'ccpa', type: 'erasure', receivedAt: d('2026-03-06'), pausedDays: 9 })).dueAt)).toBe('2026-04-20');
  });

  it('CCPA opt-out and limit: 15 business days, no acknowledgement rule, no extension (§7026(f), §7027(g))', () => {
    for (const type of ['opt_out_sale_share', 'limit_sensitive'] as const) {
      const due = computeDeadlines(facts({ jurisdiction: 'ccpa', type, receivedAt: d('2026-03-06') }));
      expect(day(due.dueAt)).toBe('2026-03-27');
      expect(due.extension).toBeNull();
      expect(due.acknowledgeBy).toBeNull();
    }
  });

  it('LGPD: 15 days, no extension (Art. 19 II)', () => {
    const due = computeDeadlines(facts({ jurisdiction: 'lgpd', receivedAt: d('2026-02-20') }));
    expect(day(due.dueAt)).toBe('2026-03-07');
    expect(due.extension).toBeNull();
  });

  it("a manifest's shorter internal deadline becomes a target; a longer one is ignored", () => {
    expect(day(computeDeadlines(facts({ internal: 'P20D' })).targetAt!)).toBe('2026-03-30');
    expect(computeDeadlines(facts({ internal: 'P2M' })).targetAt).toBeNull();
  });

  it('counts whole calendar days between two instants', () => {
    expect(calendarDaysBetween(new Date('2026-03-01T23:00:00Z'), new Date('2026-03-02T01:00:00Z'))).toBe(1);
    expect(calendarDaysBetween(new Date('2026-03-01T01:00:00Z'), new Date('2026-03-01T23:00:00Z'))).toBe(0);
  });
});
