import { sql, type Selectable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { AuditLogTable } from '../db/database-schema.ts';
import type { AuditEntry, ChainHead } from './audit-chain.ts';

/**
 * Serialises writers for the rest of the transaction. EXCLUSIVE mode still lets readers in
 * (and is released at commit), so the chain stays one line however many servers append.
 */
export async function lockAuditLogForAppend(tx: Db): Promise<void> {
  if (!tx.isTransaction) throw new Error('lockAuditLogForAppend must run inside a transaction');
  await sql`lock table audit_log in exclusive mode`.execute(tx);
}

export async function findAuditHead(db: Db): Promise<ChainHead | undefined> {
  const row = await db.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return row && { seq: Number(row.seq), hash: row.hash };
}

export async function insertAuditEntry(tx: Db, entry: AuditEntry): Promise<void> {
  await tx
    .insertInto('audit_log')
    .values({
      seq: entry.seq,
      at: entry.at,
      actor: entry.actor,
      action: entry.action,
      target: entry.target,
      // Always a JSON string: pg would turn a top-level array into a PostgreSQL array.
      details: JSON.stringify(entry.details),
      prev_hash: entry.prevHash,
      hash: entry.hash,
    })
    .execute();
}

/** Entries with seq > after, oldest first. Keyset pagination: stable while others append. */
export async function listAuditEntries(db: Db, page: { after: number; limit: number }): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('seq', '>', page.after)
    .orderBy('seq', 'asc')
    .limit(page.limit)
    .execute();
  return rows.map(toEntry);
}

function toEntry(row: Selectable<AuditLogTable>): AuditEntry {
  return {
    seq: Number(row.seq),
    at: row.at.toISOString(),
    actor: row.actor,
    action: row.action,
    target: row.target,
    details: row.details as AuditEntry['details'],
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
