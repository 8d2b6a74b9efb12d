import { createHash } from 'node:crypto';
import { canonicalJson } from '@pledge/manifest';
import type { JsonValue } from '../db/database-schema.ts';

/** One link of the audit chain. `at` is an ISO-8601 UTC string with milliseconds, exactly as hashed. */
export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  target: string | null;
  details: { [key: string]: JsonValue };
  prevHash: string;
  hash: string;
}

/** What a caller asks to record. Ids may appear here; personal data (names, e-mail addresses) must not. */
export interface AuditDraft {
  /** `key:<api key id>`, `system` or `cli`. */
  actor: string;
  /** Dotted verb, e.g. `api_key.created`. */
  action: string;
  target?: string | null;
  details?: { [key: string]: JsonValue };
}

export interface ChainHead {
  seq: number;
  hash: string;
}

/** prev_hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** SHA-256 over the RFC 8785-style canonical JSON of every field except the hash itself. */
export function hashAuditEntry(entry: Omit<AuditEntry, 'hash'>): string {
  const canonical = canonicalJson({
    seq: entry.seq,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    target: entry.target,
    details: entry.details,
    prev_hash: entry.prevHash,
  });
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** Builds the entry that follows `head` (undefined for an empty log). */
export function sealAuditEntry(head: ChainHead | undefined, draft: AuditDraft, at: Date): AuditEntry {
  const unsealed = {
    seq: (head?.seq ?? 0) + 1,
    at: at.toISOString(),
    actor: draft.actor,
    action: draft.action,
    target: draft.target ?? null,
    details: draft.details ?? {},
    prevHash: head?.hash ?? GENESIS_HASH,
  };
  return { ...unsealed, hash: hashAuditEntry(unsealed) };
}

/**
 * Checks one entry against the one before it. A gap in seq means rows were deleted; a prev_hash
 * that does not match means rows were deleted, inserted or reordered; a hash that does not match
 * the content means the row itself was edited.
 */
export function findChainBreak(previous: ChainHead | undefined, entry: AuditEntry): { seq: number; reason: string } | null {
  const expectedSeq = (previous?.seq ?? 0) + 1;
  if (entry.seq !== expectedSeq) {
    return { seq: expectedSeq, reason: `entry ${expectedSeq} is missing (the next entry present is ${entry.seq})` };
  }
  const expectedPrev = previous?.hash ?? GENESIS_HASH;
  if (entry.prevHash !== expectedPrev) {
    return { seq: entry.seq, reason: `prev_hash does not match the hash of entry ${entry.seq - 1}` };
  }
  if (hashAuditEntry(entry) !== entry.hash) {
    return { seq: entry.seq, reason: 'hash does not match the entry content: the entry was altered' };
  }
  return null;
}
