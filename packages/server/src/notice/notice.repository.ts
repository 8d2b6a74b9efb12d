import type { Language, Manifest } from '@pledge/manifest';
import type { ManifestChange } from '@pledge/notice';
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { ChangeSummaries, NoticeRenders, NoticeVersionRecord, NoticeVersionSummary, PurposeRenewal } from './notice-types.ts';

/**
 * Serialises publishers for the rest of the transaction, so version numbers stay 1, 2, 3, ... and two publishers of
 * the same manifest cannot both see "changed". Readers are not blocked.
 */
export async function lockNoticeVersionsForPublish(tx: Db): Promise<void> {
  if (!tx.isTransaction) throw new Error('lockNoticeVersionsForPublish must run inside a transaction');
  await sql`lock table notice_versions in exclusive mode`.execute(tx);
}

export async function findLatestNoticeNumber(db: Db): Promise<number | undefined> {
  const row = await db.selectFrom('notice_versions').select((eb) => eb.fn.max('number').as('latest')).executeTakeFirst();
  return row?.latest == null ? undefined : Number(row.latest);
}

export async function findNoticeVersion(db: Db, number: number): Promise<NoticeVersionRecord | undefined> {
  const row = await summaryQuery(db)
    .select(['v.manifest', 'v.renders', sql<ManifestChange[]>`v.changes -> 'changes'`.as('change_list')])
    .where('v.number', '=', number)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    ...toSummary(row),
    manifest: JSON.parse(row.manifest) as Manifest,
    renders: row.renders as NoticeRenders,
    changes: row.change_list,
  };
}

/** Every version, newest first, without manifests and renders. */
export async function listNoticeVersions(db: Db): Promise<NoticeVersionSummary[]> {
  const rows = await summaryQuery(db).orderBy('v.number', 'desc').execute();
  return rows.map(toSummary);
}

export interface NewNoticeVersion {
  number: number;
  publishedAt: string;
  effectiveDate: string;
  manifestHash: string;
  canonicalManifest: string;
  renders: NoticeRenders;
  changes: ManifestChange[];
  summaries: ChangeSummaries;
  material: boolean;
  affectedPurposes: string[];
  publishedBy: string;
}

/** The only write: there is deliberately no update path, and a trigger refuses one anyway. */
export async function insertNoticeVersion(tx: Db, v: NewNoticeVersion): Promise<void> {
  await tx
    .insertInto('notice_versions')
    .values({
      number: v.number,
      published_at: v.publishedAt,
      effective_date: v.effectiveDate,
      manifest_hash: v.manifestHash,
      manifest: v.canonicalManifest,
      // JSON strings: pg would turn a top-level array into a PostgreSQL array.
      renders: JSON.stringify(v.renders),
      changes: JSON.stringify({ changes: v.changes, summaries: v.summaries }),
      material: v.material,
      affected_purposes: JSON.stringify(v.affectedPurposes),
      published_by: v.publishedBy,
    })
    .execute();
}

/** Per consent-based purpose, the newest material version that touched it (see notice/consent-renewal.ts). */
export async function findLatestMaterialVersionPerPurpose(db: Db): Promise<PurposeRenewal[]> {
  const { rows } = await sql<{ purpose: string; number: number | string; published_at: Date; effective_date: string }>`
    select distinct on (p.purpose) p.purpose, v.number, v.published_at, to_char(v.effective_date, 'YYYY-MM-DD') as effective_date
    from notice_versions v cross join lateral jsonb_array_elements_text(v.affected_purposes) as p(purpose)
    where v.material
    order by p.purpose, v.number desc`.execute(db);
  return rows.map((r) => ({ purpose: r.purpose, version: Number(r.number), publishedAt: r.published_at, effectiveDate: r.effective_date }));
}

function summaryQuery(db: Db) {
  return db
    .selectFrom('notice_versions as v')
    .select([
      'v.number',
      'v.published_at',
      sql<string>`to_char(v.effective_date, 'YYYY-MM-DD')`.as('effective_date'),
      'v.manifest_hash',
      'v.material',
      'v.affected_purposes',
      'v.published_by',
      sql<Language[]>`v.manifest::jsonb #> '{notice,languages}'`.as('languages'),
      sql<Language>`v.manifest::jsonb #>> '{notice,defaultLanguage}'`.as('default_language'),
      sql<ChangeSummaries>`v.changes -> 'summaries'`.as('summaries'),
    ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>;

function toSummary(row: SummaryRow): NoticeVersionSummary {
  return {
    number: Number(row.number),
    publishedAt: row.published_at,
    effectiveDate: row.effective_date,
    manifestHash: row.manifest_hash,
    material: row.material,
    affectedPurposes: row.affected_purposes as string[],
    publishedBy: row.published_by,
    languages: row.languages,
    defaultLanguage: row.default_language,
    summaries: row.summaries,
  };
}
