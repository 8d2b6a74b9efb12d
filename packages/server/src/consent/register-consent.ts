import type { Manifest } from '@pledge/manifest';
import type { PledgeApp } from '../app-types.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { Principal } from '../auth/roles.ts';
import type { Db } from '../db/database.ts';
import { registerBannerRoutes } from './banner.routes.ts';
import { registerConsentAdminRoutes } from './consent-admin.routes.ts';
import { registerConsentRoutes } from './consent.routes.ts';
import { createConsentService, type ConsentService, type ConsentServiceOptions } from './consent.service.ts';

export interface ConsentDependencies {
  db: Db;
  manifest: Manifest;
  audit: AuditService;
  authenticate: (presented: string) => Promise<Principal | null>;
  /** config.consentSecret. */
  secret: string | undefined;
  groupCommit?: ConsentServiceOptions['groupCommit'];
}

/** The consent capability's wiring, called once by app.ts: the ledger, its routes, the banner's routes. */
export function registerConsentCapability(app: PledgeApp, deps: ConsentDependencies): ConsentService {
  const consent = createConsentService(deps.db, deps.manifest, deps.audit, {
    secret: deps.secret,
    ...(deps.groupCommit ? { groupCommit: deps.groupCommit } : {}),
    // The driver's message may quote values; name and code are enough to find the cause.
    onCommitFailed: (error) => {
      const e = error as { name?: unknown; code?: unknown };
      app.log.error({ error: { name: e.name, code: typeof e.code === 'string' ? e.code : undefined } }, 'consent batch not committed');
    },
  });
  registerConsentRoutes(app, consent, deps.authenticate);
  registerConsentAdminRoutes(app, consent);
  registerBannerRoutes(app, deps.db, deps.manifest, consent.catalogue);
  // Answer every request already queued before the database goes away.
  app.addHook('onClose', () => consent.close());
  return consent;
}
