import { RESPONSE_DEADLINES, type Jurisdiction } from '@pledge/manifest';
import { needsVerification, type RequestType } from './request-types.ts';

/**
 * Deadlines are whole days in UTC: a request is due by the end (23:59:59.999 UTC) of its due day.
 * Periods count from the day of receipt, as Regulation (EEC, Euratom) 1182/71 Art. 3 does for EU time
 * limits: "one month" from 31 January ends on the last day of February.
 */
const DAY_MS = 86_400_000;

/** UK GDPR Art. 12A (Data (Use and Access) Act 2025): the clock pauses while waiting for identity information. GDPR, CCPA (11 CCR §7021(b)) and LGPD: it does not. */
const CLOCK_PAUSES_FOR_IDENTITY: Readonly<Record<Jurisdiction, boolean>> = { gdpr: false, uk_gdpr: true, ccpa: false, lgpd: false };

export function clockPausesForIdentity(jurisdiction: Jurisdiction): boolean {
  return CLOCK_PAUSES_FOR_IDENTITY[jurisdiction];
}

export function startOfUtcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

export function endOfUtcDay(at: Date): Date {
  return new Date(startOfUtcDay(at).getTime() + DAY_MS - 1);
}

/** Same day-of-month `months` later; when that month is shorter, its last day (31 Jan + 1 → 28 or 29 Feb). */
export function addCalendarMonths(day: Date, months: number): Date {
  const year = day.getUTCFullYear();
  const month = day.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(day.getUTCDate(), lastDay)));
}

export function addCalendarDays(day: Date, days: number): Date {
  return new Date(startOfUtcDay(day).getTime() + days * DAY_MS);
}

/** Monday to Friday after `day`. Public holidays are not modelled, so the date is never later than the law's. */
export function addBusinessDays(day: Date, businessDays: number): Date {
  let at = startOfUtcDay(day);
  for (let left = businessDays; left > 0; ) {
    at = addCalendarDays(at, 1);
    const weekday = at.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return at;
}

/** Whole calendar days from the day of `from` to the day of `to` (0 on the same day). */
export function calendarDaysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.round((startOfUtcDay(to).getTime() - startOfUtcDay(from).getTime()) / DAY_MS));
}

const DURATION = /^P(?=\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/** Adds an ISO 8601 duration of years, months, weeks and days with calendar arithmetic. */
export function addIsoDuration(day: Date, iso: string): Date {
  const match = DURATION.exec(iso);
  if (!match) throw new Error(`not an ISO 8601 duration in years, months, weeks or days: "${iso}"`);
  const [years, months, weeks, days] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number];
  return addCalendarDays(addCalendarMonths(startOfUtcDay(day), years * 12 + months), weeks * 7 + days);
}

export interface DeadlineFacts {
  jurisdiction: Jurisdiction;
  type: RequestType;
  receivedAt: Date;
  extended: boolean;
  /** Whole days the clock stood still (counted only where the law lets it pause). */
  pausedDays: number;
  /** manifest.rights.deadlines[jurisdiction]: a shorter internal target, if any. */
  internal?: string | undefined;
}

export interface Deadlines {
  dueAt: Date;
  /** 11 CCR §7021(a): confirm receipt within 10 business days; null where no such rule applies. */
  acknowledgeBy: Date | null;
  /** The internal target from the manifest when it is earlier than the legal deadline. */
  targetAt: Date | null;
  /** The further time the law allows (ISO duration), or null when no extension is possible. */
  extension: string | null;
}

/** The legal deadlines of one request, from the facts that drive them. Pure: same facts, same dates. */
export function computeDeadlines(facts: DeadlineFacts): Deadlines {
  const rule = RESPONSE_DEADLINES[facts.jurisdiction];
  const received = startOfUtcDay(facts.receivedAt);
  // 11 CCR §7026(f), §7027(g): opt-out and limit requests are acted on within 15 business days, no extension.
  if (rule.optOut && !needsVerification(facts.type)) {
    return { dueAt: endOfUtcDay(addBusinessDays(received, rule.optOut.businessDays)), acknowledgeBy: null, targetAt: null, extension: null };
  }
  const paused = clockPausesForIdentity(facts.jurisdiction) ? facts.pausedDays : 0;
  const base = addCalendarDays(addIsoDuration(received, rule.respond), paused);
  const due = facts.extended && rule.extension ? addIsoDuration(base, rule.extension) : base;
  const target = facts.internal ? addCalendarDays(addIsoDuration(received, facts.internal), paused) : null;
  return {
    dueAt: endOfUtcDay(due),
    acknowledgeBy: rule.acknowledge ? endOfUtcDay(addBusinessDays(received, rule.acknowledge.businessDays)) : null,
    targetAt: target && target < base ? endOfUtcDay(target) : null,
    extension: rule.extension ?? null,
  };
}
