import { inTransaction, type Db } from '../db/database.ts';
import { findChainBreak, sealAuditEntry, type AuditDraft, type AuditEntry, type ChainHead } from './audit-chain.ts';
import { insertAuditEntries, listAuditEntries, lockAuditLogForAppend } from './audit.repository.ts';

export type ChainVerification =
  | { ok: true; checked: number; head: ChainHead | null }
  | { ok: false; checked: number; firstBroken: { seq: number; reason: string } };

export interface AuditService {
  /** Appends one entry. Pass `tx` to make the entry part of the caller's transaction (the action and its record commit together). */
  record(draft: AuditDraft, tx?: Db): Promise<AuditEntry>;
  /**
   * Runs `fn`; the entries recorded in `tx` meanwhile are chained as they are recorded, in that order, and written
   * together in one INSERT when `fn` returns (a batch inside a batch joins the outer one). Use it where one
   * transaction records several entries (a run's outcomes and the request's transition).
   */
  batch<T>(tx: Db, fn: () => Promise<T>): Promise<T>;
  list(page: { after: number; limit: number }): Promise<AuditEntry[]>;
  verify(): Promise<ChainVerification>;
}

const VERIFY_BATCH = 1000;

/** What a transaction that appends knows: it holds the lock, so the head it last wrote is the chain's head. */
interface Appending {
  head: ChainHead | undefined;
  locked: boolean;
  /** The transaction's appends, one after the other: each one's seq follows the one before. */
  queue: Promise<unknown>;
  /** Sealed inside batch() and not written yet. */
  pending: AuditEntry[] | null;
}

// State of the transaction, not of a service: any AuditService may append in a given transaction, so they share it.
// Keyed by the transaction object, it goes away with it.
const appending = new WeakMap<Db, Appending>();

function appendingIn(tx: Db): Appending {
  let state = appending.get(tx);
  if (!state) appending.set(tx, (state = { head: undefined, locked: false, queue: Promise.resolve(), pending: null }));
  return state;
}

export function createAuditService(db: Db, now: () => Date = () => new Date()): AuditService {
  /**
   * The first append of a transaction takes the lock and reads the head (one statement); the lock is held until the
   * commit, so the later appends of the same transaction chain on to what it wrote itself, with one statement each
   * (none in a batch, whose entries share one INSERT).
   */
  const append = (tx: Db, draft: AuditDraft): Promise<AuditEntry> => {
    const state = appendingIn(tx);
    const appended = state.queue.then(async () => {
      if (!state.locked) {
        state.head = await lockAuditLogForAppend(tx);
        state.locked = true;
      }
      // The clock is read after the lock so `at` never goes backwards along the chain.
      const entry = sealAuditEntry(state.head, draft, now());
      if (state.pending) state.pending.push(entry);
      else await insertAuditEntries(tx, [entry]);
      state.head = { seq: entry.seq, hash: entry.hash };
      return entry;
    });
    state.queue = appended.catch(() => undefined);
    return appended;
  };

  return {
    record: (draft, tx) => (tx?.isTransaction ? append(tx, draft) : inTransaction(tx ?? db, (t) => append(t, draft))),
    async batch(tx, fn) {
      if (!tx.isTransaction) throw new Error('audit batch must run inside a transaction');
      const state = appendingIn(tx);
      if (state.pending) return fn();
      state.pending = [];
      try {
        const result = await fn();
        await state.queue; // appends fn started without waiting for them
        await insertAuditEntries(tx, state.pending);
        return result;
      } catch (error) {
        // Entries sealed but not written: the next append reads the head again instead of chaining on to them.
        state.locked = false;
        state.head = undefined;
        throw error;
      } finally {
        state.pending = null;
      }
    },
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
