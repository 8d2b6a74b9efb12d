import { describe, expect, it } from 'vitest';
import { byDeadline, urgencyOf } from '../src/console/deadlines.ts';
import { contrast, readableBrand, textOn } from '../src/theme.ts';

describe('queue urgency', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  it('is overdue past the deadline, due soon within a week, and nothing once closed', () => {
    expect(urgencyOf({ state: 'in_progress', dueAt: '2026-03-09T00:00:00Z' }, now)).toBe('overdue');
    expect(urgencyOf({ state: 'received', dueAt: '2026-03-15T00:00:00Z' }, now)).toBe('due-soon');
    expect(urgencyOf({ state: 'verified', dueAt: '2026-04-10T00:00:00Z' }, now)).toBe('on-track');
    expect(urgencyOf({ state: 'completed', dueAt: '2026-03-01T00:00:00Z' }, now)).toBe('closed');
    expect([{ dueAt: '2026-05-01' }, { dueAt: '2026-04-01' }].sort(byDeadline)[0]!.dueAt).toBe('2026-04-01');
  });
});

describe('brand colours', () => {
  it('puts white text on dark brands and dark text on light ones, at 4.5:1 or better', () => {
    for (const given of ['#1f3a5f', '#0b5fff', '#ffb000', '#e6f0ff', '#7a7a7a', '#ff00ff']) {
      const brand = readableBrand(given);
      expect(contrast(brand, textOn(brand)), given).toBeGreaterThanOrEqual(4.5);
    }
    expect(readableBrand('#1f3a5f')).toBe('#1f3a5f');
    expect(textOn('#1f3a5f')).toBe('#ffffff');
    expect(textOn('#ffb000')).toBe('#1b1f24');
  });
});
