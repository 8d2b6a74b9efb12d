import { inTransaction, type Db } from '../db/database.ts';
import { findChainBreak, sealAuditEntry, type AuditDraft, type AuditEntry, type ChainHead } from './audit-chain.ts';
import { findAuditHead, insertAuditEntry, listAuditEntries, lockAuditLogForAppend } from './audit.repository.ts';

export type ChainVerification =
  | { ok: true; checked: number; head: ChainHead | null }
  | { ok: false; checked: number; firstBroken: { seq: number; reason: string } };

export interface AuditService {
  /** Appends one entry. Pass `tx` to make the entry part of the caller's transaction (the action and its record commit together). */
  record(draft: AuditDraft, tx?: Db): Promise<AuditEntry>;
  list(page: { after: number; limit: number }): Promise<AuditEntry[]>;
  verify(): Promise<ChainVerification>;
}

const VERIFY_BATCH = 1000;

export function createAuditService(db: Db, now: () => Date = () => new Date()): AuditService {
  return {
    record: (draft, tx) =>
      inTransaction(tx ?? db, async (t) => {
        await lockAuditLogForAppend(t);
        // The clock is read after the lock so `at` never goes backwards along the chain.
        const entry = sealAuditEntry(await findAuditHead(t), draft, now());
        await insertAuditEntry(t, entry);
        return entry;
      }),
    list: (page) => listAuditEntries(db, page),
    verify: () => verifyAuditChain(db),
  };
}

/**
 * Walks the whole chain in seq order. The head it returns can be written down elsewhere
 * (a ticket, a signed e-mail): deleting the newest entries is only detectable against such an anchor.
 */
export async function verifyAuditChain(db: Db): Promise<ChainVerification> {
  let previous: ChainHead | undefined;
  let checked = 0;
  for (;;) {
    const batch = await listAuditEntries(db, { after: previous?.seq ?? 0, limit: VERIFY_BATCH });
    for (const entry of batch) {
      const broken = findChainBreak(previous, entry);
      if (broken) return { ok: false, checked, firstBroken: broken };
      previous = { seq: entry.seq, hash: entry.hash };
      checked += 1;
    }
    if (batch.length < VERIFY_BATCH) return { ok: true, checked, head: previous ?? null };
  }
}
