import type { ChainHead } from '../audit/audit-chain.ts';
import type { Db } from '../db/database.ts';
import { findConsentChainBreak, sealConsents, type ChainBreak, type ConsentEvidence, type ConsentPersonalData, type SealedConsent } from './consent-chain.ts';
import { findConsentHead, insertConsents, listConsents, lockConsentChain } from './consent.repository.ts';
import { createGroupCommitter, type GroupCommitOptions } from './group-commit.ts';

export interface ConsentDraft {
  evidence: ConsentEvidence;
  personal: ConsentPersonalData;
}

export type ConsentVerification =
  | { ok: true; checked: number; head: ChainHead | null }
  | { ok: false; checked: number; firstBroken: ChainBreak };

export interface ConsentLedger {
  /** Resolves once the record is committed, with its place in the chain; rejects when its batch failed. */
  append(draft: ConsentDraft): Promise<SealedConsent>;
  /** Commits what is queued; for shutdown. */
  drain(): Promise<void>;
}

export const DEFAULT_GROUP_COMMIT: GroupCommitOptions = { maxBatch: 500, maxWaitMs: 2 };

/**
 * The only writer of consent_records. Concurrent appends share one transaction that locks the chain, reads its
 * head, seals the batch in order and inserts it with one statement: one commit (and one fsync) for many records.
 */
export function createConsentLedger(db: Db, options: GroupCommitOptions = DEFAULT_GROUP_COMMIT, now: () => Date = () => new Date()): ConsentLedger {
  const committer = createGroupCommitter<ConsentDraft, SealedConsent>(
    (drafts) =>
      db.transaction().execute(async (tx) => {
        await lockConsentChain(tx);
        // The clock is read after the lock so recorded_at never goes backwards along the chain.
        const sealed = sealConsents(await findConsentHead(tx), drafts.map((d) => d.evidence), now());
        await insertConsents(tx, sealed.map((s, i) => ({ ...s, ...drafts[i]!.personal })));
        return sealed;
      }),
    options,
  );
  return { append: committer.submit, drain: committer.drain };
}

const VERIFY_BATCH = 1000;

/**
 * Walks the whole chain in seq order, naming the first broken record. Personal columns are not hashed, so erased
 * records verify like any other. The head can be written down elsewhere: removing the newest records is only
 * detectable against such an anchor.
 */
export async function verifyConsentChain(db: Db): Promise<ConsentVerification> {
  let previous: ChainHead | undefined;
  let checked = 0;
  for (;;) {
    const batch = await listConsents(db, { after: previous?.seq ?? 0, limit: VERIFY_BATCH });
    for (const record of batch) {
      const broken = findConsentChainBreak(previous, record);
      if (broken) return { ok: false, checked, firstBroken: broken };
      previous = { seq: record.seq, hash: record.hash };
      checked += 1;
    }
    if (batch.length < VERIFY_BATCH) return { ok: true, checked, head: previous ?? null };
  }
}
