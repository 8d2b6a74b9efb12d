import type { Db } from '../db/database.ts';

/**
 * fulfilment/package-downloads.ts's MAX_WRONG_CODES: after this many wrong codes the link is spent. Repeated here so
 * rights/ does not import fulfilment/ (which builds on rights/); package-state.test.ts checks the two agree.
 */
export const PACKAGE_LINK_MAX_WRONG_CODES = 5;

export type PackageState = 'available' | 'downloaded' | 'expired' | 'locked';
export interface PackageStatus {
  state: PackageState;
  /** available: when the link or the package runs out, whichever is first. */
  expiresAt: Date | null;
  /** downloaded: when the link was used. */
  downloadedAt: Date | null;
}

/**
 * Where the person's access package stands, read from fulfilment's tables (access_packages, package_downloads)
 * without its secrets: only the newest link counts, as a new link replaces the unused ones. Undefined while no link
 * was mailed (no package yet, or a request type that has none).
 */
export async function findPackageStatus(db: Db, requestId: string, now: Date): Promise<PackageStatus | undefined> {
  const [link, stored] = await Promise.all([
    db.selectFrom('package_downloads').select(['expires_at', 'code_attempts', 'used_at']).where('request_id', '=', requestId).orderBy('created_at', 'desc').limit(1).executeTakeFirst(),
    db.selectFrom('access_packages').select('expires_at').where('request_id', '=', requestId).executeTakeFirst(),
  ]);
  if (!link) return undefined;
  const status = (state: PackageState, at: { expiresAt?: Date; downloadedAt?: Date } = {}): PackageStatus => ({ state, expiresAt: at.expiresAt ?? null, downloadedAt: at.downloadedAt ?? null });
  if (link.used_at !== null) return status('downloaded', { downloadedAt: link.used_at });
  // Expired packages are deleted (GDPR Art. 5(1)(e)): a link without its package has expired too.
  if (!stored || stored.expires_at <= now || link.expires_at <= now) return status('expired');
  if (Number(link.code_attempts) >= PACKAGE_LINK_MAX_WRONG_CODES) return status('locked');
  return status('available', { expiresAt: link.expires_at < stored.expires_at ? link.expires_at : stored.expires_at });
}
