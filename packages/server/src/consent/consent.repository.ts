import { sql, type Selectable } from 'kysely';
import type { ChainHead } from '../audit/audit-chain.ts';
import type { Db } from '../db/database.ts';
import type { ConsentRecordsTable } from '../db/database-schema.ts';
import type { ConsentMethodName, ConsentPersonalData, ConsentRecord, SealedConsent } from './consent-chain.ts';

/**
 * Serialises writers (also across server processes) for the rest of the transaction, so the chain stays one line.
 * EXCLUSIVE mode lets readers in and is released at commit.
 */
export async function lockConsentChain(tx: Db): Promise<void> {
  if (!tx.isTransaction) throw new Error('lockConsentChain must run inside a transaction');
  await sql`lock table consent_records in exclusive mode`.execute(tx);
}

export async function findConsentHead(db: Db): Promise<ChainHead | undefined> {
  const row = await db.selectFrom('consent_records').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return row && { seq: Number(row.seq), hash: row.hash };
}

/** One multi-row INSERT for the whole batch. */
export async function insertConsents(tx: Db, records: ReadonlyArray<SealedConsent & ConsentPersonalData>): Promise<void> {
  if (records.length === 0) return;
  await tx
    .insertInto('consent_records')
    .values(
      records.map((r) => ({
        seq: r.seq,
        receipt: r.receipt,
        recorded_at: r.recordedAt,
        subject_key: r.subjectKey,
        site: r.site,
        origin: r.origin,
        actor: r.actor,
        method: r.method,
        reason: r.reason,
        // JSON strings, as in the audit log: the driver must not reinterpret them.
        choices: JSON.stringify(r.choices),
        vendors: JSON.stringify(r.vendors),
        consent_mode: JSON.stringify(r.consentMode),
        notice_version: r.noticeVersion,
        text_version: r.textVersion,
        language: r.language,
        gpc: r.gpc,
        gpc_header: r.gpcHeader,
        dnt: r.dnt,
        region: r.region,
        region_source: r.regionSource,
        test: r.test,
        prev_hash: r.prevHash,
        hash: r.hash,
        account_id: r.accountId,
        ip_prefix: r.ipPrefix,
        ua_hash: r.uaHash,
      })),
    )
    .execute();
}

/** Records with seq > after, oldest first. Keyset pagination: stable while others append. */
export async function listConsents(db: Db, page: { after: number; limit: number }): Promise<ConsentRecord[]> {
  const rows = await db.selectFrom('consent_records').selectAll().where('seq', '>', page.after).orderBy('seq', 'asc').limit(page.limit).execute();
  return rows.map(toRecord);
}

/** Every record of one subject, oldest first. */
export async function listConsentsOfSubject(db: Db, subjectKey: string): Promise<ConsentRecord[]> {
  const rows = await db.selectFrom('consent_records').selectAll().where('subject_key', '=', subjectKey).orderBy('seq', 'asc').execute();
  return rows.map(toRecord);
}

/** The subject's newest record that is evidence (test-mode records are not). */
export async function findLatestConsentOfSubject(db: Db, subjectKey: string): Promise<ConsentRecord | undefined> {
  const row = await db
    .selectFrom('consent_records')
    .selectAll()
    .where('subject_key', '=', subjectKey)
    .where('test', '=', false)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && toRecord(row);
}

export interface DailyCategoryRate {
  day: string;
  category: string;
  records: number;
  granted: number;
}

/** Per UTC day and category: how many records (not test mode) answered it, and how many granted it. */
export async function countChoicesPerDay(db: Db, range: { from: string; to: string }): Promise<DailyCategoryRate[]> {
  const { rows } = await sql<{ day: string; category: string; records: string | number; granted: string | number }>`
    select to_char(r.recorded_at at time zone 'UTC', 'YYYY-MM-DD') as day, c.key as category,
           count(*) as records, count(*) filter (where c.value = 'true'::jsonb) as granted
    from consent_records r cross join lateral jsonb_each(r.choices) as c(key, value)
    where not r.test
      and r.recorded_at >= (${range.from}::date)::timestamp at time zone 'UTC'
      and r.recorded_at < (${range.to}::date + 1)::timestamp at time zone 'UTC'
    group by 1, 2 order by 1, 2`.execute(db);
  return rows.map((r) => ({ day: r.day, category: r.category, records: Number(r.records), granted: Number(r.granted) }));
}

/** Clears the personal columns of a subject's records (the trigger allows exactly this); returns how many. */
export async function erasePersonalColumns(db: Db, subjectKey: string, at: string): Promise<number> {
  const result = await db
    .updateTable('consent_records')
    .set({ account_id: null, ip_prefix: null, ua_hash: null, erased_at: at })
    .where('subject_key', '=', subjectKey)
    .where('erased_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

function toRecord(row: Selectable<ConsentRecordsTable>): ConsentRecord {
  return {
    seq: Number(row.seq),
    receipt: row.receipt,
    recordedAt: row.recorded_at.toISOString(),
    subjectKey: row.subject_key,
    site: row.site,
    origin: row.origin,
    actor: row.actor,
    method: row.method as ConsentMethodName,
    reason: row.reason,
    choices: row.choices as ConsentRecord['choices'],
    vendors: row.vendors as ConsentRecord['vendors'],
    consentMode: row.consent_mode as ConsentRecord['consentMode'],
    noticeVersion: row.notice_version,
    textVersion: row.text_version,
    language: row.language,
    gpc: row.gpc,
    gpcHeader: row.gpc_header,
    dnt: row.dnt,
    region: row.region,
    regionSource: row.region_source as ConsentRecord['regionSource'],
    test: row.test,
    prevHash: row.prev_hash,
    hash: row.hash,
    accountId: row.account_id,
    ipPrefix: row.ip_prefix,
    uaHash: row.ua_hash,
    erasedAt: row.erased_at?.toISOString() ?? null,
  };
}
