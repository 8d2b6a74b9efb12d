import type { AuditService } from '../audit/audit.service.ts';
import { inTransaction, type Db } from '../db/database.ts';
import { PledgeError } from '../errors/pledge-error.ts';
import { insertEvent } from '../rights/request-events.repository.ts';
import { generateToken, sha256Hex } from '../rights/request-secrets.ts';
import { findRequestByReference } from '../rights/requests.repository.ts';
import type { FulfilmentMail } from './fulfilment-mail.ts';
import { downloadLink } from './package-step.ts';
import { findPackage, insertDownload } from './packages.repository.ts';

export interface PackageLinks {
  /** A fresh single-use link to the package, mailed to the verified delivery address; unused older links stop working. */
  resend(reference: string, actor: string): Promise<{ expiresAt: Date }>;
}

/**
 * For the person whose link was spent (downloaded on another device, a wrong code five times) or lost: staff mail a
 * new one. Only to the delivery address the request was verified with (the package exists only after verification),
 * and never past the package's own expiry (GDPR Art. 5(1)(e): the package is deleted then, not kept for new links).
 */
export function createPackageLinks(deps: { db: Db; audit: AuditService; mail: FulfilmentMail; publicUrl: string; now?: () => Date }): PackageLinks {
  const now = deps.now ?? (() => new Date());
  return {
    async resend(reference, actor) {
      const request = await findRequestByReference(deps.db, reference);
      if (!request) throw new PledgeError('request_not_found');
      const stored = await findPackage(deps.db, request.id);
      if (!stored || stored.expiresAt <= now()) throw new PledgeError('package_not_available', { details: { reference } });
      const token = generateToken();
      // The link, its mail (outbox), the timeline event and the audit entry commit together.
      await inTransaction(deps.db, async (tx) => {
        await insertDownload(tx, { requestId: request.id, tokenHash: sha256Hex(token), expiresAt: stored.expiresAt });
        await deps.mail.packageReady(request, downloadLink(deps.publicUrl, request.reference, token), stored.expiresAt, tx);
        await insertEvent(tx, { requestId: request.id, at: now(), kind: 'package_link_resent', actor, visibleToPerson: false, details: {} });
        await deps.audit.record({ actor, action: 'fulfilment.package_link_resent', target: reference, details: { expiresAt: stored.expiresAt.toISOString() } }, tx);
      });
      await deps.mail.flush?.();
      return { expiresAt: stored.expiresAt };
    },
  };
}
