import { consentNeedsRenewal } from '../notice/consent-renewal.ts';
import type { PurposeRenewal } from '../notice/notice-types.ts';
import { expiryOf, type ConsentCatalogue } from './consent-catalogue.ts';
import type { ConsentRecord } from './consent-chain.ts';

/** What a backend asks: may it use this purpose or category (and optionally this vendor) for this subject now? */
export interface ConsentQuestion {
  /** The optional categories that must all be granted. */
  categories: readonly string[];
  vendor?: string | undefined;
}

export type ConsentReason = 'granted' | 'no_record' | 'expired' | 'refused' | 'renewal_required';

export interface ConsentAnswer {
  allowed: boolean;
  reason: ConsentReason;
  /** The record the answer rests on; absent for `no_record`. */
  receipt?: string;
  recordedAt?: string;
  expiresAt?: string;
  noticeVersion?: string;
  /** The notice version that changed a purpose of these categories materially since (renewal_required). */
  renewalVersion?: number;
}

/**
 * Decides from the subject's latest record (test-mode records are never evidence). Order matters: an expired
 * record answers nothing; a refusal needs no renewal; consent given under a notice version earlier than the
 * latest material change to a purpose served by these categories must be asked again (GDPR Art. 7, 13(3)).
 */
export function decideConsent(
  latest: ConsentRecord | undefined,
  question: ConsentQuestion,
  catalogue: ConsentCatalogue,
  renewals: ReadonlyMap<string, PurposeRenewal>,
  now: Date,
): ConsentAnswer {
  if (!latest) return { allowed: false, reason: 'no_record' };
  const expiresAt = expiryOf(latest.choices, latest.recordedAt, catalogue);
  const basis = { receipt: latest.receipt, recordedAt: latest.recordedAt, expiresAt, noticeVersion: latest.noticeVersion };
  if (Date.parse(expiresAt) <= now.getTime()) return { allowed: false, reason: 'expired', ...basis };

  const granted =
    question.categories.every((c) => latest.choices[c] === true) &&
    (question.vendor === undefined || latest.vendors[question.vendor] === true);
  if (!granted) return { allowed: false, reason: 'refused', ...basis };

  const renewal = renewalFor(latest, question.categories, catalogue, renewals);
  if (renewal) return { allowed: false, reason: 'renewal_required', ...basis, renewalVersion: renewal.version };
  return { allowed: true, reason: 'granted', ...basis };
}

function renewalFor(
  record: ConsentRecord,
  categories: readonly string[],
  catalogue: ConsentCatalogue,
  renewals: ReadonlyMap<string, PurposeRenewal>,
): PurposeRenewal | undefined {
  // The banner sends the notice version number it was configured with ("0" before the first publication).
  const givenUnder = /^\d+$/.test(record.noticeVersion) ? Number(record.noticeVersion) : null;
  const purposes = new Set(categories.flatMap((c) => catalogue.purposesOfCategory.get(c) ?? []));
  for (const purpose of purposes) {
    const renewal = renewals.get(purpose);
    if (!renewal) continue;
    // A record made before the version was published cannot have been made under it, whatever version it names.
    if (consentNeedsRenewal(renewals, purpose, givenUnder) || Date.parse(record.recordedAt) < renewal.publishedAt.getTime()) return renewal;
  }
  return undefined;
}
