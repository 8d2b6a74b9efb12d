import type { Db } from '../db/database.ts';
import type { PurposeRenewal } from './notice-types.ts';
import { findLatestMaterialVersionPerPurpose } from './notice.repository.ts';

/**
 * For the consent ledger: per consent-based purpose, the newest notice version that changed it materially
 * (GDPR Art. 7 and 13(3)). Consent to that purpose given under an earlier version (or before `effectiveDate`)
 * must be asked again; purposes not in the map never needed renewal.
 */
export async function purposesNeedingRenewalSince(db: Db): Promise<Map<string, PurposeRenewal>> {
  const rows = await findLatestMaterialVersionPerPurpose(db);
  return new Map(rows.map((r) => [r.purpose, r]));
}

/** Whether consent to `purpose` recorded under notice version `givenUnderVersion` (null: before any) needs renewing. */
export function consentNeedsRenewal(renewals: ReadonlyMap<string, PurposeRenewal>, purpose: string, givenUnderVersion: number | null): boolean {
  const renewal = renewals.get(purpose);
  return renewal !== undefined && (givenUnderVersion === null || givenUnderVersion < renewal.version);
}
