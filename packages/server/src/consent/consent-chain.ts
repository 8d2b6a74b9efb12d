import { createHash } from 'node:crypto';
import { canonicalJson } from '@pledge/manifest';
import { GENESIS_HASH, type ChainHead } from '../audit/audit-chain.ts';

export { GENESIS_HASH };

export const CONSENT_METHODS = ['accept_all', 'reject_all', 'custom', 'gpc', 'dnt', 'import'] as const;
export type ConsentMethodName = (typeof CONSENT_METHODS)[number];

/**
 * What a record proves, and nothing personal (requirements §4): this part is hashed into the chain.
 * The subject appears only as the SHA-256 of its pseudonymous id.
 */
export interface ConsentEvidence {
  /** Random receipt id (UUID) handed to the browser. */
  receipt: string;
  /** SHA-256 (hex) of the banner's subject id. */
  subjectKey: string;
  site: string | null;
  /** The Origin the record came from; null for a server-to-server call with an API key. */
  origin: string | null;
  /** `subject` (the person, through the banner) or `key:<api key id>` (a server or an admin import). */
  actor: string;
  method: ConsentMethodName;
  /** Why an import was made; null otherwise. */
  reason: string | null;
  choices: Record<string, boolean>;
  vendors: Record<string, boolean>;
  consentMode: Record<string, 'granted' | 'denied'>;
  noticeVersion: string;
  textVersion: string;
  language: string;
  /** The banner reported a GPC signal. */
  gpc: boolean;
  /** The request itself carried `Sec-GPC: 1`. */
  gpcHeader: boolean;
  dnt: boolean;
  /** ISO 3166-1 alpha-2 country decided by the server, or null when it could not tell. */
  region: string | null;
  regionSource: 'accept-language' | 'none';
  /** Test mode: not evidence of anyone's consent. */
  test: boolean;
}

/** Erasable, outside the chain. */
export interface ConsentPersonalData {
  accountId: string | null;
  /** IPv4 /24 or IPv6 /48, e.g. `203.0.113.0/24`. */
  ipPrefix: string | null;
  /** HMAC-SHA-256 of the user agent with the server's consent secret. */
  uaHash: string | null;
}

/** One link of the ledger's chain. `recordedAt` is ISO-8601 UTC with milliseconds, exactly as hashed. */
export interface SealedConsent extends ConsentEvidence {
  seq: number;
  recordedAt: string;
  prevHash: string;
  hash: string;
}

export interface ConsentRecord extends SealedConsent, ConsentPersonalData {
  erasedAt: string | null;
}

export interface ChainBreak {
  seq: number;
  receipt: string | null;
  reason: string;
}

/** SHA-256 over the canonical JSON of the evidence, its place in the chain and its time; never personal columns. */
export function hashConsent(record: Omit<SealedConsent, 'hash'>): string {
  const evidence: Omit<SealedConsent, 'hash'> = {
    seq: record.seq,
    recordedAt: record.recordedAt,
    receipt: record.receipt,
    subjectKey: record.subjectKey,
    site: record.site,
    origin: record.origin,
    actor: record.actor,
    method: record.method,
    reason: record.reason,
    choices: record.choices,
    vendors: record.vendors,
    consentMode: record.consentMode,
    noticeVersion: record.noticeVersion,
    textVersion: record.textVersion,
    language: record.language,
    gpc: record.gpc,
    gpcHeader: record.gpcHeader,
    dnt: record.dnt,
    region: record.region,
    regionSource: record.regionSource,
    test: record.test,
    prevHash: record.prevHash,
  };
  return createHash('sha256').update(canonicalJson(evidence), 'utf8').digest('hex');
}

/** Seals a batch in order after `head` (undefined for an empty ledger); every record of a batch shares its time. */
export function sealConsents(head: ChainHead | undefined, batch: readonly ConsentEvidence[], at: Date): SealedConsent[] {
  let seq = head?.seq ?? 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  return batch.map((evidence) => {
    seq += 1;
    const unsealed = { ...evidence, seq, recordedAt: at.toISOString(), prevHash };
    prevHash = hashConsent(unsealed);
    return { ...unsealed, hash: prevHash };
  });
}

/**
 * Checks one record against the one before it: a gap in seq means records were deleted; a prev_hash that does not
 * match means records were deleted, inserted or reordered; a hash that does not match means the record was edited.
 */
export function findConsentChainBreak(previous: ChainHead | undefined, record: SealedConsent): ChainBreak | null {
  const expectedSeq = (previous?.seq ?? 0) + 1;
  if (record.seq !== expectedSeq) {
    return { seq: expectedSeq, receipt: null, reason: `record ${expectedSeq} is missing (the next record present is ${record.seq})` };
  }
  if (record.prevHash !== (previous?.hash ?? GENESIS_HASH)) {
    return { seq: record.seq, receipt: record.receipt, reason: `prev_hash does not match the hash of record ${record.seq - 1}` };
  }
  if (hashConsent(record) !== record.hash) {
    return { seq: record.seq, receipt: record.receipt, reason: 'hash does not match the record content: the record was altered' };
  }
  return null;
}
