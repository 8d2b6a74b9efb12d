import rateLimit from '@fastify/rate-limit';
import type { Manifest } from '@pledge/manifest';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { createAccounts } from './accounts/accounts.ts';
import { registerAccountRoutes } from './accounts/account.routes.ts';
import { registerAuthRoutes } from './accounts/auth.routes.ts';
import { registerUserRoutes } from './accounts/users.routes.ts';
import type { PledgeApp } from './app-types.ts';
import { registerAuditRoutes } from './audit/audit.routes.ts';
import { createAuditService } from './audit/audit.service.ts';
import { installAccessControl, type RouteEntry } from './auth/access-control.ts';
import { registerApiKeyRoutes } from './auth/api-keys.routes.ts';
import { createApiKeysService } from './auth/api-keys.service.ts';
import { registerWhoamiRoutes } from './auth/whoami.routes.ts';
import type { Config } from './config.ts';
import type { Db } from './db/database.ts';
import { checkDatabaseReadiness } from './db/readiness.ts';
import { registerConsentCapability } from './consent/register-consent.ts';
import { registerErrorHandling } from './errors/error-handler.ts';
import { createFulfilmentMail, type FulfilmentMail } from './fulfilment/fulfilment-mail.ts';
import { registerFulfilmentCapability } from './fulfilment/register-fulfilment.ts';
import { PledgeError } from './errors/pledge-error.ts';
import { registerHealthRoutes } from './health/health.routes.ts';
import { createLogger } from './logger.ts';
import { createMailDelivery } from './mail-delivery.ts';
import { fastifyTrustProxy } from './trust-proxy.ts';
import { registerManifestRoutes } from './manifest/manifest.routes.ts';
import { registerNoticeAdminRoutes } from './notice/notice-admin.routes.ts';
import { registerNoticeDocumentRoutes } from './notice/notice-documents.routes.ts';
import { registerNoticeRoutes } from './notice/notice.routes.ts';
import { noticeAnnouncer } from './notice/notice-mail.ts';
import { createNoticeService } from './notice/notice.service.ts';
import { registerOpenApi, registerOpenApiRoutes } from './openapi/openapi.routes.ts';
import { createRights } from './rights/rights.module.ts';
import { registerWebCapability } from './web/register-web.ts';

export interface AppDependencies {
  config: Config;
  /** Migrated by the caller (`pledge serve` / `pledge migrate`); buildApp never changes the schema. */
  db: Db;
  manifest: Manifest;
  logger?: Logger;
  /** Tests: records fulfilment mails (download links, codes) instead of sending them. */
  fulfilmentMail?: FulfilmentMail;
}

export const API_VERSION = '0.1.0';
/** Admin and API bodies are small JSON documents; anything bigger is a mistake or an attack (413). */
export const BODY_LIMIT_BYTES = 256 * 1024;

/**
 * The composition root: config → database → services → routes, passed down by hand.
 * Nothing is global, so tests build as many independent apps as they like.
 */
export async function buildApp({ config, db, manifest, logger, fulfilmentMail }: AppDependencies): Promise<PledgeApp> {
  const app: PledgeApp = Fastify({
    loggerInstance: (logger ?? createLogger(config.logLevel)) as FastifyBaseLogger,
    bodyLimit: BODY_LIMIT_BYTES,
    // Every route is declared explicitly, with its own access; no implicit HEAD twins.
    exposeHeadRoutes: false,
    // PLEDGE_TRUST_PROXY: behind a proxy, request.ip is the client the proxy names, for rate limits and the ledger.
    trustProxy: fastifyTrustProxy(config.trustProxy),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  registerErrorHandling(app);

  const audit = createAuditService(db);
  const apiKeys = createApiKeysService(db, audit);
  const accounts = createAccounts(db, audit, config.accounts);
  const mail = createMailDelivery(config, db, app.log);
  app.addHook('onClose', async () => mail.close());
  const notice = createNoticeService(db, audit, undefined, noticeAnnouncer(config, mail.outbox));

  installAccessControl(app, {
    authenticate: apiKeys.authenticate,
    authenticateSession: accounts.authenticateSession,
    publicRateLimit: config.publicRateLimit,
    routeTable,
  });
  await app.register(rateLimit, {
    global: false, // only routes the access control marks public get a limit (per IP)
    errorResponseBuilder: (_request, context) =>
      new PledgeError('rate_limited', { details: { retryAfterSeconds: Math.ceil(context.ttl / 1000) } }),
  });
  await registerOpenApi(app, API_VERSION);

  registerHealthRoutes(app, () => checkDatabaseReadiness(db));
  registerOpenApiRoutes(app);
  registerWhoamiRoutes(app);
  registerAuthRoutes(app, accounts.sessions, config.rights.publicUrl);
  registerAccountRoutes(app, accounts.account);
  registerUserRoutes(app, accounts.users);
  registerApiKeyRoutes(app, apiKeys);
  registerAuditRoutes(app, audit);
  registerManifestRoutes(app, manifest);
  registerConsentCapability(app, { db, manifest, audit, authenticate: apiKeys.authenticate, secret: config.consentSecret });
  registerNoticeRoutes(app, manifest, notice);
  registerNoticeDocumentRoutes(app, manifest, notice);
  registerNoticeAdminRoutes(app, manifest, notice);
  // Fulfilment first: an approval enqueues its fulfilment in the approval's own transaction.
  const fulfilment = registerFulfilmentCapability(app, { db, audit, manifest, config, mail: fulfilmentMail ?? createFulfilmentMail(config.mail, db, app.log, mail.outbox) });
  await createRights({ config, db, audit, manifest, mailer: mail.mailer, outbox: mail.outbox, logger: app.log, startFulfilment: fulfilment.start }).registerRoutes(app);
  registerWebCapability(app, manifest);
  return app;
}
