import type { Manifest } from '@pledge/manifest';
import type { Logger } from 'pino';
import type { PledgeApp } from '../app-types.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { Mailer } from '../mail/mailer.ts';
import { createMailOutbox, type MailOutbox } from '../mail/mail-outbox.ts';
import { createAdminRequestsService, type AdminRequestsOptions } from './admin-requests.service.ts';
import { registerAdminRequestRoutes } from './admin-requests.routes.ts';
import { createAgentService } from './agent.service.ts';
import { registerAgentRoutes } from './agent.routes.ts';
import { registerApprovalRoutes } from './approvals.routes.ts';
import { createApprovalsService } from './approvals.service.ts';
import { takeInRequest, type IntakeOrigin } from './intake.service.ts';
import { createAssertionVerifier } from './login-assertion.ts';
import type { IntakeInput } from './request-schemas.ts';
import { raiseDeadlineReminders, type ReminderRun } from './reminders.service.ts';
import { registerReplyRoutes } from './request-reply.routes.ts';
import { createReplyService } from './request-reply.service.ts';
import { registerRequestRoutes } from './requests.routes.ts';
import type { RightsContext } from './rights-context.ts';
import { RIGHTS_MAIL_EFFECTS } from './rights-mail-effects.ts';
import { registerVerificationRoutes } from './verification.routes.ts';
import { createVerificationService } from './verification.service.ts';

export interface RightsDependencies {
  config: Config;
  db: Db;
  audit: AuditService;
  manifest: Manifest;
  mailer: Mailer;
  /** The app's shared outbox (mail-delivery.ts); without it one is made on `mailer`, with rights/' own effects. */
  outbox?: MailOutbox;
  logger: Pick<Logger, 'warn' | 'error' | 'info'>;
  now?: () => Date;
  /** Fulfilment's `start`, run in the approval's transaction (admin-requests.service.ts). */
  startFulfilment?: AdminRequestsOptions['startFulfilment'];
}

/** The rights capability, wired: its services, and a function that registers its routes. */
export function createRights(deps: RightsDependencies) {
  const ctx: RightsContext = {
    db: deps.db,
    audit: deps.audit,
    manifest: deps.manifest,
    mailer: deps.mailer,
    outbox: deps.outbox ?? createMailOutbox({ db: deps.db, mailer: deps.mailer, key: deps.config.mail.outboxKey, logger: deps.logger, effects: RIGHTS_MAIL_EFFECTS }),
    config: deps.config.rights,
    privacyTeamEmail: deps.config.mail.privacyTeamEmail,
    logger: deps.logger,
    now: deps.now ?? (() => new Date()),
  };
  const verification = createVerificationService(ctx);
  const assertions = createAssertionVerifier(ctx.config.assertion);
  const admin = createAdminRequestsService(ctx, deps.startFulfilment ? { startFulfilment: deps.startFulfilment } : {});
  const approvals = createApprovalsService(ctx);
  const agents = createAgentService(ctx);
  return {
    context: ctx,
    admin,
    approvals,
    /** Intake without HTTP (imports, the CLI): the same rules as POST /v1/admin/requests. */
    takeIn: (input: IntakeInput, origin: IntakeOrigin) => takeInRequest(ctx, input, origin),
    /** The daily job (the job runner comes later; `pledge requests remind` runs it now). */
    raiseDeadlineReminders: (now: Date = ctx.now()): Promise<ReminderRun> => raiseDeadlineReminders(ctx, now),
    registerRoutes: async (app: PledgeApp): Promise<void> => {
      registerRequestRoutes(app, ctx, verification);
      registerVerificationRoutes(app, ctx, verification, assertions);
      registerAdminRequestRoutes(app, ctx, admin, approvals);
      registerApprovalRoutes(app, approvals);
      registerReplyRoutes(app, createReplyService(ctx));
      await registerAgentRoutes(app, agents);
    },
  };
}

export type Rights = ReturnType<typeof createRights>;
