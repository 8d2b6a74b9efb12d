import type { AuditService } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { PledgeError } from '../errors/pledge-error.ts';
import { hashConsent, type ConsentRecord, type SealedConsent } from './consent-chain.ts';
import { verifyConsentChain, type ConsentVerification } from './consent-ledger.ts';
import { subjectKeyOf } from './consent-request-data.ts';
import { countChoicesPerDay, listConsents, listConsentsOfSubject } from './consent.repository.ts';

export interface ProvenRecord extends SealedConsent {
  /** The record's hash recomputed from its content matches the stored one. */
  hashValid: boolean;
  /** Its personal columns were erased (the evidence above is unaffected). */
  erased: boolean;
}

export interface ConsentProof {
  subjectKey: string;
  generatedAt: string;
  records: ProvenRecord[];
  /** The whole ledger verified at generation time: the subject's records are links of this chain. */
  chain: ConsentVerification;
}

export interface CategoryRate {
  day: string;
  category: string;
  records: number;
  granted: number;
  /** granted / records, 0..1. */
  rate: number;
}

const MAX_STATS_DAYS = 366;
const EXPORT_PAGE = 1000;

/** The ledger without its personal columns: what proves a choice, and nothing that could be erased later. */
export function evidenceOf(record: ConsentRecord): SealedConsent {
  const { accountId: _a, ipPrefix: _i, uaHash: _u, erasedAt: _e, ...evidence } = record;
  return evidence;
}

/** Every record of a subject with the chain's verification, for the person or an authority; audited. */
export async function buildConsentProof(db: Db, audit: AuditService, subjectId: string, actor: string, now: Date): Promise<ConsentProof> {
  const subjectKey = subjectKeyOf(subjectId);
  const [records, chain] = [await listConsentsOfSubject(db, subjectKey), await verifyConsentChain(db)];
  await audit.record({ actor, action: 'consent.proof_exported', target: `consent_subject:${subjectKey}`, details: { records: records.length } });
  return {
    subjectKey,
    generatedAt: now.toISOString(),
    records: records.map((r) => ({ ...evidenceOf(r), hashValid: hashConsent(r) === r.hash, erased: r.erasedAt !== null })),
    chain,
  };
}

/** Opt-in rate per UTC day and category over [from, to] (inclusive, YYYY-MM-DD); test-mode records left out. */
export async function consentStats(db: Db, range: { from?: string | undefined; to?: string | undefined }, now: Date): Promise<{ from: string; to: string; rates: CategoryRate[] }> {
  const to = range.to ?? now.toISOString().slice(0, 10);
  const from = range.from ?? new Date(Date.parse(to) - 29 * 86_400_000).toISOString().slice(0, 10);
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  if (days < 0 || days >= MAX_STATS_DAYS) {
    throw new PledgeError('validation_failed', {
      details: [{ path: 'query.from', rule: 'range', message: `must be on or before to, and at most ${MAX_STATS_DAYS} days before it` }],
    });
  }
  const rows = await countChoicesPerDay(db, { from, to });
  return { from, to, rates: rows.map((r) => ({ ...r, rate: r.records === 0 ? 0 : r.granted / r.records })) };
}

/** The whole ledger as NDJSON lines, oldest first, read page by page. Audited before the first line is sent. */
export async function exportConsents(db: Db, audit: AuditService, actor: string): Promise<AsyncGenerator<string>> {
  await audit.record({ actor, action: 'consent.exported', target: null });
  return (async function* lines() {
    let after = 0;
    for (;;) {
      const page = await listConsents(db, { after, limit: EXPORT_PAGE });
      for (const record of page) yield `${JSON.stringify(evidenceOf(record))}\n`;
      if (page.length < EXPORT_PAGE) return;
      after = page.at(-1)!.seq;
    }
  })();
}
