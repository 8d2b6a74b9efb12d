import type { Manifest } from '@pledge/manifest';
import { affectedPurposes, diffManifests, type ManifestChange } from '@pledge/notice';
import type { AuditService } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { PledgeError } from '../errors/pledge-error.ts';
import { listChangeNotifications } from './notice-notifications.repository.ts';
import type { NoticeAnnouncer } from './notice-mail.ts';
import { publishNotice, type PublishOptions } from './notice-publish.ts';
import type { ChangeNotification, NoticeVersionRecord, NoticeVersionSummary } from './notice-types.ts';
import { findLatestNoticeNumber, findNoticeVersion, listNoticeVersions } from './notice.repository.ts';

export interface NoticeDiff {
  from: NoticeVersionRecord;
  to: NoticeVersionRecord;
  changes: ManifestChange[];
  material: boolean;
  affectedPurposes: string[];
}

export interface NoticeService {
  /** Publishes `manifest` as the next version. 409 notice_unchanged when it is the manifest already published. */
  publishNotice(manifest: Manifest, options: PublishOptions): Promise<NoticeVersionRecord>;
  /** The newest published version, or undefined before the first publication. */
  latest(): Promise<NoticeVersionRecord | undefined>;
  /** 404 notice_version_not_found for a number never published. */
  version(number: number): Promise<NoticeVersionRecord>;
  /** Newest first. */
  list(): Promise<NoticeVersionSummary[]>;
  /** The structured difference between any two published versions, in either direction. */
  diff(from: number, to: number): Promise<NoticeDiff>;
  pendingNotifications(): Promise<ChangeNotification[]>;
}

/** Versions kept in memory. They never change once published, so a cached one is never stale. */
const CACHE_SIZE = 16;

export function createNoticeService(db: Db, audit: AuditService, now: () => Date = () => new Date(), announcer?: NoticeAnnouncer): NoticeService {
  const cache = new Map<number, NoticeVersionRecord>();

  async function version(number: number): Promise<NoticeVersionRecord> {
    const cached = cache.get(number);
    if (cached) return cached;
    const found = await findNoticeVersion(db, number);
    if (!found) throw new PledgeError('notice_version_not_found', { details: { version: number } });
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as number);
    cache.set(number, found);
    return found;
  }

  return {
    publishNotice: async (manifest, options) => {
      const published = await publishNotice(db, audit, manifest, options, now, announcer);
      cache.set(published.number, published);
      return published;
    },
    latest: async () => {
      // One cheap query per call, so a version published by another server (or the CLI) shows at once.
      const number = await findLatestNoticeNumber(db);
      return number === undefined ? undefined : version(number);
    },
    version,
    list: () => listNoticeVersions(db),
    diff: async (from, to) => {
      const [older, newer] = [await version(from), await version(to)];
      const changes = diffManifests(older.manifest, newer.manifest);
      return { from: older, to: newer, changes, material: changes.some((c) => c.material), affectedPurposes: affectedPurposes(changes) };
    },
    pendingNotifications: () => listChangeNotifications(db, 'pending'),
  };
}
