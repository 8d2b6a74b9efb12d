// The server package's public surface: what the CLI (and later other packages) may use.
export { API_VERSION, BODY_LIMIT_BYTES, buildApp, type AppDependencies } from './app.ts';
export type { PledgeApp } from './app-types.ts';
export { loadConfig, type Config, type LogLevel } from './config.ts';
export { createLogger } from './logger.ts';
export { createDatabase, IN_MEMORY, type DatabaseTarget, type Db } from './db/database.ts';
export {
  assertMigrationsCurrent,
  knownMigrationNames,
  listPendingMigrations,
  migrateToLatest,
  type MigrationRun,
} from './db/migrator.ts';
export { checkDatabaseReadiness, type Readiness } from './db/readiness.ts';
export { createAuditService, verifyAuditChain, type AuditService, type ChainVerification } from './audit/audit.service.ts';
export type { AuditDraft, AuditEntry } from './audit/audit-chain.ts';
export { createApiKeysService, type ApiKeysService, type CreatedApiKey } from './auth/api-keys.service.ts';
export { createAccounts, type Accounts } from './accounts/accounts.ts';
export type { AdminUser } from './accounts/accounts.repository.ts';
export type { ApiKeyRecord } from './auth/api-keys.repository.ts';
export type { RouteEntry } from './auth/access-control.ts';
export { ROLES, isRole, type Access, type Principal, type Role } from './auth/roles.ts';
export { ERROR_CATALOGUE, type ErrorCode } from './errors/error-codes.ts';
export { isPledgeError, PledgeError } from './errors/pledge-error.ts';
export { createNoticeService, type NoticeDiff, type NoticeService } from './notice/notice.service.ts';
export { noticeAnnouncer, type NoticeAnnouncer } from './notice/notice-mail.ts';
export { purposesNeedingRenewalSince, consentNeedsRenewal } from './notice/consent-renewal.ts';
export type { ChangeNotification, NoticeVersionRecord, NoticeVersionSummary, PurposeRenewal } from './notice/notice-types.ts';
export { verifyConsentChain, type ConsentVerification } from './consent/consent-ledger.ts';
export { createFulfilmentWorker } from './fulfilment/fulfilment-worker.ts';
export { createFulfilmentMail, type FulfilmentMail } from './fulfilment/fulfilment-mail.ts';
export { createWorker, type JobHandler, type Worker } from './jobs/job-worker.ts';
export { createMailer, type Mailer } from './mail/mailer.ts';
export { createMailDelivery, drainMailOutbox, type MailDelivery } from './mail-delivery.ts';
export type { MailOutbox } from './mail/mail-outbox.ts';
export type { OutboxDrainer } from './mail/mail-outbox-drainer.ts';
export { createRights, type Rights, type RightsDependencies } from './rights/rights.module.ts';
export { startPeriodicTask, type PeriodicTask } from './jobs/periodic-task.ts';
export type { RaisedReminder, ReminderRun } from './rights/reminders.service.ts';
export type { RightsRequest } from './rights/request-model.ts';
