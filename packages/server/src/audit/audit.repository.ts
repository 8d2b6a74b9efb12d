import { sql, type Selectable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { AuditLogTable } from '../db/database-schema.ts';
import type { AuditEntry, ChainHead } from './audit-chain.ts';

/**
 * Serialises writers for the rest of the transaction and returns the chain's head, in one round trip (the function
 * of migration 0011: LOCK TABLE, then a read that sees every entry committed before the lock). EXCLUSIVE mode still
 * lets readers in (and is released at commit), so the chain stays one line however many servers append.
 */
export async function lockAuditLogForAppend(tx: Db): Promise<ChainHead | undefined> {
  if (!tx.isTransaction) throw new Error('lockAuditLogForAppend must run inside a transaction');
  const { rows } = await sql<{ seq: string | number; hash: string }>`select seq, hash from audit_log_lock_head()`.execute(tx);
  return rows[0] && { seq: Number(rows[0].seq), hash: rows[0].hash };
}

/** One INSERT for any number of entries (a transaction's batch, in chain order). */
export async function insertAuditEntries(tx: Db, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx
    .insertInto('audit_log')
    .values(
      entries.map((entry) => ({
        seq: entry.seq,
        at: entry.at,
        actor: entry.actor,
        action: entry.action,
        target: entry.target,
        // Always a JSON string: pg would turn a top-level array into a PostgreSQL array.
        details: JSON.stringify(entry.details),
        prev_hash: entry.prevHash,
        hash: entry.hash,
      })),
    )
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
