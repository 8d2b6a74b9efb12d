import type { Manifest } from '@pledge/manifest';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAuditService } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { createTestDatabase, type TestDatabase } from '../db/test-database.ts';
import { loadMinimalManifest } from '../testing/test-app.ts';
import { consentNeedsRenewal, purposesNeedingRenewalSince } from './consent-renewal.ts';
import { changedManifest, rewordedManifest } from './notice-test-fixtures.ts';
import { createNoticeService, type NoticeService } from './notice.service.ts';

let database: TestDatabase;
let db: Db;
let notice: NoticeService;
let v1Manifest: Manifest;
beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  v1Manifest = await loadMinimalManifest();
});
afterAll(() => database.destroy());

/** Each test starts from an empty archive: the triggers are switched off for the clean-up only. */
beforeEach(async () => {
  await db.transaction().execute(async (tx) => {
    for (const table of ['notice_change_notifications', 'notice_versions', 'audit_log']) {
      await sql`alter table ${sql.table(table)} disable trigger user`.execute(tx);
      await sql`delete from ${sql.table(table)}`.execute(tx);
      await sql`alter table ${sql.table(table)} enable trigger user`.execute(tx);
    }
  });
  notice = createNoticeService(db, createAuditService(db));
});

async function counts(): Promise<Record<string, number>> {
  const { rows } = await sql<Record<string, number | string>>`select
    (select count(*) from notice_versions) as versions,
    (select count(*) from notice_change_notifications) as notifications,
    (select count(*) from audit_log) as audit`.execute(db);
  return Object.fromEntries(Object.entries(rows[0] ?? {}).map(([k, v]) => [k, Number(v)]));
}

describe('publishNotice', () => {
  it('publishes a first version that is not material, with renders in every declared language', async () => {
    const v1 = await notice.publishNotice(v1Manifest, { actor: 'system' });
    expect(v1).toMatchObject({ number: 1, material: false, affectedPurposes: [], changes: [], effectiveDate: '2026-01-01', publishedBy: 'system' });
    expect(v1.languages).toEqual(['en', 'nl']);
    expect(Object.keys(v1.renders).sort()).toEqual(['en', 'nl']);
    expect(v1.renders.en?.html).toContain('<time datetime="2026-01-01">');
    expect(await notice.pendingNotifications()).toEqual([]);
    expect(await counts()).toEqual({ versions: 1, notifications: 0, audit: 1 });
  });

  it('makes a changed manifest the next, material version: purposes to renew, pending notifications, an audit entry', async () => {
    await notice.publishNotice(v1Manifest, { actor: 'system' });
    const v2 = await notice.publishNotice(changedManifest(v1Manifest), { actor: 'key:abc' });
    expect(v2).toMatchObject({ number: 2, material: true, effectiveDate: '2026-03-01', publishedBy: 'key:abc' });
    expect(v2.affectedPurposes.sort()).toEqual(['analytics', 'recommendations']);
    expect(v2.changes.filter((c) => c.material).map((c) => `${c.area}:${c.id}`).sort()).toEqual(
      expect.arrayContaining(['purpose:recommendations', 'retention:analytics']),
    );
    expect(v2.summaries.en?.length).toBeGreaterThan(0);
    expect(v2.renders.en?.html).toContain(v2.summaries.en?.[0]);
    const pending = await notice.pendingNotifications();
    expect(pending.map((n) => [n.versionNumber, n.channel, n.status])).toEqual([[2, 'email', 'pending'], [2, 'website_notice', 'pending']]);
    const { rows } = await sql<{ action: string; target: string }>`select action, target from audit_log order by seq`.execute(db);
    expect(rows).toEqual([{ action: 'notice.published', target: 'notice_version:1' }, { action: 'notice.published', target: 'notice_version:2' }]);
  });

  it('queues no notification for a change that is not material', async () => {
    await notice.publishNotice(v1Manifest, { actor: 'system' });
    const v2 = await notice.publishNotice(rewordedManifest(v1Manifest), { actor: 'system' });
    expect(v2).toMatchObject({ number: 2, material: false, affectedPurposes: [] });
    expect(v2.changes.length).toBeGreaterThan(0);
    expect(await notice.pendingNotifications()).toEqual([]);
  });

  it('refuses the manifest already published (409) and writes nothing, even from two publishers at once', async () => {
    await notice.publishNotice(v1Manifest, { actor: 'system' });
    const before = await counts();
    await expect(notice.publishNotice(structuredClone(v1Manifest), { actor: 'system' })).rejects.toMatchObject({ code: 'notice_unchanged', status: 409 });
    expect(await counts()).toEqual(before);

    const changed = changedManifest(v1Manifest);
    const results = await Promise.allSettled([1, 2, 3].map(() => notice.publishNotice(changed, { actor: 'system' })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(['notice_unchanged', 'notice_unchanged']);
    expect(await counts()).toEqual({ versions: 2, notifications: 2, audit: 2 });
  });

  it('refuses an effective date before the previous version’s', async () => {
    await notice.publishNotice(v1Manifest, { actor: 'system', effectiveDate: '2026-02-01' });
    await expect(notice.publishNotice(changedManifest(v1Manifest), { actor: 'system', effectiveDate: '2026-01-15' })).rejects.toMatchObject({
      code: 'notice_effective_date_too_early',
    });
    expect((await counts()).versions).toBe(1);
  });

  it('tells the consent ledger, per purpose, the newest material version since which consent must be renewed', async () => {
    await notice.publishNotice(v1Manifest, { actor: 'system' });
    expect((await purposesNeedingRenewalSince(db)).size).toBe(0);
    await notice.publishNotice(changedManifest(v1Manifest), { actor: 'system' });
    await notice.publishNotice(rewordedManifest(changedManifest(v1Manifest)), { actor: 'system' });
    const renewals = await purposesNeedingRenewalSince(db);
    expect([...renewals.keys()].sort()).toEqual(['analytics', 'recommendations']);
    expect(renewals.get('analytics')).toMatchObject({ version: 2, effectiveDate: '2026-03-01' });
    expect(consentNeedsRenewal(renewals, 'analytics', 1)).toBe(true);
    expect(consentNeedsRenewal(renewals, 'analytics', 2)).toBe(false);
    expect(consentNeedsRenewal(renewals, 'analytics', null)).toBe(true);
    expect(consentNeedsRenewal(renewals, 'newsletter', 1)).toBe(false);
  });
});

describe('immutability', () => {
  it('the database refuses UPDATE, DELETE and TRUNCATE of a published version', async () => {
    await notice.publishNotice(v1Manifest, { actor: 'system' });
    await expect(sql`update notice_versions set material = true where number = 1`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`update notice_versions set renders = '{}'::jsonb`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from notice_versions where number = 1`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate notice_versions cascade`.execute(db)).rejects.toThrow(/append-only|never deleted/);
    expect((await notice.version(1)).material).toBe(false);
  });

  it('change notifications can move on but are never deleted', async () => {
    await notice.publishNotice(v1Manifest, { actor: 'system' });
    await notice.publishNotice(changedManifest(v1Manifest), { actor: 'system' });
    await expect(sql`delete from notice_change_notifications`.execute(db)).rejects.toThrow(/never deleted/);
    await sql`update notice_change_notifications set status = 'sent', sent_at = now() where channel = 'email'`.execute(db);
    expect((await notice.pendingNotifications()).map((n) => n.channel)).toEqual(['website_notice']);
  });
});
