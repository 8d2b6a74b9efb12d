import type { Manifest } from '@pledge/manifest';
import type { PledgeApp } from '../app-types.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import { registerJobRoutes } from '../jobs/jobs.routes.ts';
import { createFulfilmentMail, type FulfilmentMail } from './fulfilment-mail.ts';
import { registerFulfilmentRoutes } from './fulfilment.routes.ts';
import { createFulfilmentService, type FulfilmentService } from './fulfilment.service.ts';
import { createPackageDownloads } from './package-downloads.ts';
import { createPackageLinks } from './package-links.ts';
import { registerPackageLinkRoutes } from './package-link.routes.ts';
import { registerPackageRoutes } from './package.routes.ts';
import { registerWebhookCallbackRoutes } from './webhook-callback.routes.ts';
import { createWebhookCallbacks } from './webhook-callback.service.ts';

export interface FulfilmentCapability {
  db: Db;
  audit: AuditService;
  manifest: Manifest;
  config: Config;
  /** Tests pass a recorder; the server sends through SMTP_URL. */
  mail?: FulfilmentMail | undefined;
}

/** Fulfilment's routes on the app: progress and manual tasks for the team, dead jobs, the person's download, webhook callbacks. */
export function registerFulfilmentCapability(app: PledgeApp, deps: FulfilmentCapability): FulfilmentService {
  const mail = deps.mail ?? createFulfilmentMail(deps.config.mail, deps.db, app.log);
  const fulfilment = createFulfilmentService({ db: deps.db, audit: deps.audit, manifest: deps.manifest, config: deps.config.fulfilment, mail, publicUrl: deps.config.rights.publicUrl });
  registerFulfilmentRoutes(app, fulfilment);
  registerJobRoutes(app, deps.db);
  registerPackageRoutes(app, createPackageDownloads({ db: deps.db, audit: deps.audit, mail, packageKey: deps.config.fulfilment.packageKey }));
  registerPackageLinkRoutes(app, createPackageLinks({ db: deps.db, audit: deps.audit, mail, publicUrl: deps.config.rights.publicUrl }));
  registerWebhookCallbackRoutes(app, createWebhookCallbacks({ db: deps.db, audit: deps.audit, manifest: deps.manifest, config: deps.config.fulfilment }));
  return fulfilment;
}
