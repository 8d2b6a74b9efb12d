import { canonicalJson, manifestHash, type Manifest } from '@pledge/manifest';
import { affectedPurposes, diffManifests } from '@pledge/notice';
import type { AuditService } from '../audit/audit.service.ts';
import { inTransaction, type Db } from '../db/database.ts';
import { PledgeError } from '../errors/pledge-error.ts';
import { queueChangeMail, type NoticeAnnouncer } from './notice-mail.ts';
import { insertChangeNotifications } from './notice-notifications.repository.ts';
import { renderVersion, summariesFor } from './notice-renders.ts';
import type { NoticeVersionRecord } from './notice-types.ts';
import { findLatestNoticeNumber, findNoticeVersion, insertNoticeVersion, lockNoticeVersionsForPublish } from './notice.repository.ts';

export interface PublishOptions {
  /** YYYY-MM-DD; the manifest's notice.effectiveDate when absent. */
  effectiveDate?: string | undefined;
  /** The audit actor: `key:<id>`, `cli` or `system`. */
  actor: string;
}

/**
 * Publishes the manifest as the next notice version: diff against the latest, renders in every declared language,
 * the consent purposes to renew and the change notifications to send, and the audit entry — all in one transaction.
 */
export async function publishNotice(
  db: Db,
  audit: AuditService,
  manifest: Manifest,
  options: PublishOptions,
  now: () => Date,
  announcer?: NoticeAnnouncer,
): Promise<NoticeVersionRecord> {
  const hash = manifestHash(manifest);
  const { $schema: _ignored, ...declared } = manifest;
  const mails: string[] = [];
  const number = await inTransaction(db, async (tx) => {
    await lockNoticeVersionsForPublish(tx);
    const latestNumber = await findLatestNoticeNumber(tx);
    const previous = latestNumber === undefined ? undefined : await findNoticeVersion(tx, latestNumber);
    if (previous?.manifestHash === hash) {
      throw new PledgeError('notice_unchanged', { details: { version: previous.number, manifestHash: hash } });
    }
    const effectiveDate = options.effectiveDate ?? manifest.notice.effectiveDate;
    if (previous && effectiveDate < previous.effectiveDate) {
      throw new PledgeError('notice_effective_date_too_early', {
        details: { effectiveDate, previousVersion: previous.number, previousEffectiveDate: previous.effectiveDate },
      });
    }
    const next = (latestNumber ?? 0) + 1;
    // The first version changes nothing people were told before, so it is never material.
    const changes = previous ? diffManifests(previous.manifest, manifest) : [];
    const material = changes.some((c) => c.material);
    const renew = affectedPurposes(changes);
    const summaries = summariesFor(manifest, changes);
    const publishedAt = now().toISOString();
    await insertNoticeVersion(tx, {
      number: next,
      publishedAt,
      effectiveDate,
      manifestHash: hash,
      canonicalManifest: canonicalJson(declared),
      renders: renderVersion(manifest, { number: next, effectiveDate }, summaries),
      changes,
      summaries,
      material,
      affectedPurposes: renew,
      publishedBy: options.actor,
    });
    // GDPR Art. 13(3): material changes are announced, on every channel the manifest promises.
    if (material) {
      await insertChangeNotifications(tx, next, manifest.notice.changes.notifyBy, publishedAt);
      const mail = announcer ? await queueChangeMail(tx, announcer, manifest, { number: next, effectiveDate, summaries }) : null;
      if (mail) mails.push(mail);
    }
    await audit.record(
      {
        actor: options.actor,
        action: 'notice.published',
        target: `notice_version:${next}`,
        details: { number: next, manifestHash: hash, effectiveDate, material, affectedPurposes: renew, changes: changes.length },
      },
      tx,
    );
    return next;
  });
  if (announcer) await announcer.outbox.send(mails);
  const published = await findNoticeVersion(db, number);
  if (!published) throw new Error(`notice version ${number} vanished after publishing`);
  return published;
}
