import { createHash } from 'node:crypto';

/**
 * Failed logins per e-mail address and per IP within a sliding window; past the limit every attempt is refused until
 * the window moves on. Unknown addresses are counted like known ones, so the lock itself reveals nothing.
 * In memory: a restart forgets, and several servers each count their own, which only loosens the limit by that factor.
 */
export interface LoginThrottle {
  isLocked(email: string, ip: string): boolean;
  recordFailure(email: string, ip: string): void;
  recordSuccess(email: string): void;
}

export interface ThrottleLimits {
  perEmail: number;
  perIp: number;
  windowMs: number;
}

export const DEFAULT_LIMITS: ThrottleLimits = { perEmail: 5, perIp: 30, windowMs: 15 * 60_000 };

export function createLoginThrottle(limits: ThrottleLimits = DEFAULT_LIMITS, now: () => Date = () => new Date()): LoginThrottle {
  const failures = new Map<string, number[]>();
  const keyOf = (email: string) => `e:${createHash('sha256').update(email).digest('hex')}`;

  const recent = (key: string): number[] => {
    const since = now().getTime() - limits.windowMs;
    const kept = (failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length === 0) failures.delete(key);
    else failures.set(key, kept);
    return kept;
  };

  return {
    isLocked: (email, ip) => recent(keyOf(email)).length >= limits.perEmail || recent(`i:${ip}`).length >= limits.perIp,
    recordFailure: (email, ip) => {
      for (const key of [keyOf(email), `i:${ip}`]) failures.set(key, [...recent(key), now().getTime()]);
    },
    recordSuccess: (email) => {
      failures.delete(keyOf(email));
    },
  };
}
