import type { AuditService } from '../audit/audit.service.ts';
import { inTransaction, type Db } from '../db/database.ts';
import { PledgeError } from '../errors/pledge-error.ts';
import { findRequestById } from '../rights/requests.repository.ts';
import { DUMMY_HASH, generateCode, hashCode, hashesEqual, sha256Hex } from '../rights/request-secrets.ts';
import type { FulfilmentMail } from './fulfilment-mail.ts';
import { consumeDownload, countWrongCode, findDownload, findPackage, setDownloadCode, type Download } from './packages.repository.ts';
import { open } from '../crypto/sealed-box.ts';

/** Attack 8: codes expire within 10 minutes. Attack 9: five wrong codes and the link is spent. */
export const CODE_TTL_MS = 10 * 60_000;
export const MAX_WRONG_CODES = 5;

export interface PackageDownloads {
  /** Step 1: a fresh code to the verified address. The answer is the same whether or not the link exists. */
  sendCode(reference: string, token: string): Promise<void>;
  /** Step 2: the zip, once; any mismatch is the same `verification_failed`. */
  download(reference: string, token: string, code: string): Promise<Buffer>;
}

const failed = () => new PledgeError('verification_failed');

export function createPackageDownloads(deps: { db: Db; audit: AuditService; mail: FulfilmentMail; packageKey: Buffer; now?: () => Date }): PackageDownloads {
  const now = deps.now ?? (() => new Date());
  const usable = (d: Download | undefined): d is Download => d !== undefined && d.usedAt === null && d.expiresAt > now() && d.codeAttempts < MAX_WRONG_CODES;

  return {
    async sendCode(reference, token) {
      const download = await findDownload(deps.db, reference, sha256Hex(token));
      if (!usable(download)) return;
      const request = await findRequestById(deps.db, download.requestId);
      if (!request) return;
      const code = generateCode();
      // The code and its mail commit together (mail outbox): a crash in between never leaves a code nobody received.
      await inTransaction(deps.db, async (tx) => {
        await setDownloadCode(tx, download.id, hashCode(download.id, code), new Date(now().getTime() + CODE_TTL_MS));
        await deps.mail.downloadCode(request, code, tx);
      });
      await deps.mail.flush?.();
    },

    async download(reference, token, code) {
      const download = await findDownload(deps.db, reference, sha256Hex(token));
      // Compare against a dummy when there is nothing to compare with, so both paths cost the same.
      const expected = download?.codeHash ?? DUMMY_HASH;
      const matches = hashesEqual(hashCode(download?.id ?? 'none', code), expected);
      if (!usable(download) || download.codeHash === null || download.codeExpiresAt === null || download.codeExpiresAt <= now()) throw failed();
      if (!matches) {
        await countWrongCode(deps.db, download.id);
        throw failed();
      }
      const stored = await findPackage(deps.db, download.requestId);
      if (!stored || stored.expiresAt <= now() || !(await consumeDownload(deps.db, download.id))) throw failed();
      const zip = open(deps.packageKey, stored, download.requestId);
      await deps.audit.record({ actor: 'person', action: 'fulfilment.package_downloaded', target: reference, details: { bytes: zip.length } });
      return zip;
    },
  };
}
