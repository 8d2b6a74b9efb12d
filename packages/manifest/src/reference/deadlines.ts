import type { Jurisdiction } from '../schema/common.ts';

export interface BusinessDays {
  businessDays: number;
  source: string;
}

export interface ResponseDeadline {
  /** ISO 8601 duration from receipt of the request. */
  respond: string;
  /** How much longer the answer may take, if the person is told in time and why; absent when the law allows none. */
  extension?: string;
  /** Confirming receipt. */
  acknowledge?: BusinessDays;
  /** Acting on an opt-out of sale/sharing or a request to limit sensitive data. */
  optOut?: BusinessDays;
  source: string;
}

/** The legal deadlines for answering a rights request; a manifest's `rights.deadlines` may only be shorter. */
export const RESPONSE_DEADLINES: Readonly<Record<Jurisdiction, ResponseDeadline>> = {
  gdpr: {
    respond: 'P1M',
    extension: 'P2M',
    source: 'GDPR Art. 12(3): one month from receipt, extendable by two months, telling the person within the first month with the reasons',
  },
  uk_gdpr: {
    respond: 'P1M',
    extension: 'P2M',
    source: 'UK GDPR Art. 12(3); Art. 12A (Data (Use and Access) Act 2025) lets the clock pause while waiting for identity information, clarification or a fee',
  },
  ccpa: {
    respond: 'P45D',
    extension: 'P45D',
    acknowledge: { businessDays: 10, source: '11 CCR §7021(a)' },
    optOut: { businessDays: 15, source: '11 CCR §7026(f) (opt-out of sale/sharing), §7027(g) (limit sensitive personal information)' },
    source: 'Cal. Civ. Code §1798.130(a)(2)(A); 11 CCR §7021(b): 45 calendar days, once extendable by 45 with notice; the clock does not pause for verification',
  },
  lgpd: {
    respond: 'P15D',
    source: 'LGPD Art. 19 II: a full statement within 15 days; a simplified confirmation immediately (Art. 19 I)',
  },
};

export interface BreachDeadline {
  notifyAuthorityWithin?: { hours?: number; businessDays?: number };
  notifyPeopleWithin?: { days?: number; businessDays?: number; withoutUndueDelay?: boolean };
  source: string;
}

/** Breach notification deadlines; GDPR Art. 33(5) also requires recording every breach. */
export const BREACH_DEADLINES: Readonly<Record<Jurisdiction, BreachDeadline>> = {
  gdpr: { notifyAuthorityWithin: { hours: 72 }, notifyPeopleWithin: { withoutUndueDelay: true }, source: 'GDPR Art. 33(1) (authority, 72 hours after becoming aware), Art. 34(1) (people, if high risk)' },
  uk_gdpr: { notifyAuthorityWithin: { hours: 72 }, notifyPeopleWithin: { withoutUndueDelay: true }, source: 'UK GDPR Art. 33(1), Art. 34(1)' },
  lgpd: { notifyAuthorityWithin: { businessDays: 3 }, notifyPeopleWithin: { businessDays: 3 }, source: 'LGPD Art. 48; ANPD Resolution CD/ANPD No. 15/2024, Art. 6 (authority and people, three business days)' },
  ccpa: { notifyPeopleWithin: { days: 30 }, source: 'Cal. Civ. Code §1798.82(a) (the breach-notification law beside the CCPA) as amended by SB 446, from 1 January 2026: 30 calendar days' },
};

const MONTH_DAYS = 30.44;
const YEAR_DAYS = 365.25;
const DURATION = /^P(?=\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/** An ISO 8601 duration (years, months, weeks, days, as the schema allows) in days, months as 30.44 and years as 365.25. */
export function durationToDays(iso: string): number {
  const match = DURATION.exec(iso);
  if (!match) throw new Error(`Not an ISO 8601 duration in years, months, weeks or days: "${iso}"`);
  const [, years, months, weeks, days] = match.map((part) => Number(part ?? 0));
  return (years ?? 0) * YEAR_DAYS + (months ?? 0) * MONTH_DAYS + (weeks ?? 0) * 7 + (days ?? 0);
}

/** Negative when `a` is shorter than `b`, zero when equal, positive when longer. */
export function compareDurations(a: string, b: string): number {
  return durationToDays(a) - durationToDays(b);
}
