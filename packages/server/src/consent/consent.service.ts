import { randomBytes } from 'node:crypto';
import type { Manifest } from '@pledge/manifest';
import type { AuditService } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { PledgeError } from '../errors/pledge-error.ts';
import { purposesNeedingRenewalSince } from '../notice/consent-renewal.ts';
import { buildConsentCatalogue, type ConsentCatalogue } from './consent-catalogue.ts';
import type { ConsentRecord, SealedConsent } from './consent-chain.ts';
import { decideConsent, type ConsentAnswer } from './consent-decision.ts';
import { draftConsent, type ConsentSubmission } from './consent-draft.ts';
import { createConsentLedger, verifyConsentChain, type ConsentLedger, type ConsentVerification } from './consent-ledger.ts';
import { subjectKeyOf } from './consent-request-data.ts';
import { buildConsentProof, consentStats, exportConsents, type ConsentProof } from './consent-reports.ts';
import { erasePersonalColumns, findLatestConsentOfSubject, listConsentsOfSubject } from './consent.repository.ts';
import type { GroupCommitOptions } from './group-commit.ts';

export interface ConsentQuery {
  purpose?: string | undefined;
  category?: string | undefined;
  vendor?: string | undefined;
}

export interface ConsentService {
  readonly catalogue: ConsentCatalogue;
  record(submission: ConsentSubmission): Promise<SealedConsent>;
  current(subjectId: string, query: ConsentQuery): Promise<ConsentAnswer>;
  /** A subject's records, oldest first; audited as a read of personal data. */
  history(subjectId: string, actor: string): Promise<ConsentRecord[]>;
  verify(): Promise<ConsentVerification>;
  /** Clears account id, IP prefix and UA hash of a subject's records (GDPR Art. 17); the chain still verifies. */
  erasePersonalData(subjectId: string, actor: string): Promise<number>;
  proof(subjectId: string, actor: string): Promise<ConsentProof>;
  stats(range: { from?: string | undefined; to?: string | undefined }): ReturnType<typeof consentStats>;
  /** NDJSON lines without personal columns; audited before the first line. */
  export(actor: string): Promise<AsyncGenerator<string>>;
  close(): Promise<void>;
}

export interface ConsentServiceOptions {
  /** HMAC key for user agents; unset: random per process. */
  secret?: string | undefined;
  groupCommit?: GroupCommitOptions;
  now?: () => Date;
  onCommitFailed?: (error: unknown) => void;
}

export function createConsentService(db: Db, manifest: Manifest, audit: AuditService, options: ConsentServiceOptions = {}): ConsentService {
  const catalogue = buildConsentCatalogue(manifest);
  const secret = options.secret ?? randomBytes(32).toString('hex');
  const now = options.now ?? (() => new Date());
  const ledger: ConsentLedger = createConsentLedger(db, options.groupCommit, now);

  return {
    catalogue,
    record: async (submission) => {
      const draft = draftConsent(submission, catalogue, secret);
      try {
        return await ledger.append(draft);
      } catch (error) {
        options.onCommitFailed?.(error);
        throw new PledgeError('consent_not_recorded', { cause: error });
      }
    },
    current: async (subjectId, query) => {
      const categories = query.category !== undefined ? [query.category] : (catalogue.categoriesOfPurpose.get(query.purpose ?? '') ?? []);
      if (query.category !== undefined && !catalogue.optionalCategories.includes(query.category)) {
        throw invalidQuery('category', 'is not an optional cookie category of this manifest');
      }
      if (query.purpose !== undefined && categories.length === 0) {
        throw invalidQuery('purpose', catalogue.purposes.has(query.purpose) ? 'is not served by cookies the banner asks about' : 'is not a purpose of this manifest');
      }
      if (query.vendor !== undefined && !catalogue.vendors.has(query.vendor)) throw invalidQuery('vendor', 'is not a vendor of this manifest');
      const [latest, renewals] = await Promise.all([findLatestConsentOfSubject(db, subjectKeyOf(subjectId)), purposesNeedingRenewalSince(db)]);
      return decideConsent(latest, { categories, vendor: query.vendor }, catalogue, renewals, now());
    },
    history: async (subjectId, actor) => {
      const subjectKey = subjectKeyOf(subjectId);
      const records = await listConsentsOfSubject(db, subjectKey);
      await audit.record({ actor, action: 'consent.subject_read', target: `consent_subject:${subjectKey}`, details: { records: records.length } });
      return records;
    },
    verify: () => verifyConsentChain(db),
    erasePersonalData: async (subjectId, actor) => {
      const subjectKey = subjectKeyOf(subjectId);
      return db.transaction().execute(async (tx) => {
        const erased = await erasePersonalColumns(tx, subjectKey, now().toISOString());
        await audit.record({ actor, action: 'consent.personal_data_erased', target: `consent_subject:${subjectKey}`, details: { records: erased } }, tx);
        return erased;
      });
    },
    proof: (subjectId, actor) => buildConsentProof(db, audit, subjectId, actor, now()),
    stats: (range) => consentStats(db, range, now()),
    export: (actor) => exportConsents(db, audit, actor),
    close: () => ledger.drain(),
  };
}

function invalidQuery(field: string, message: string): PledgeError {
  return new PledgeError('validation_failed', { details: [{ path: `query.${field}`, rule: `unknown_${field}`, message }] });
}
