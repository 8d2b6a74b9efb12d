import type { Manifest } from '@pledge/manifest';
import type { Logger } from 'pino';
import type { PledgeApp } from '../app-types.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { Mailer } from '../mail/mailer.ts';
import { createAdminRequestsService } from './admin-requests.service.ts';
import { registerAdminRequestRoutes } from './admin-requests.routes.ts';
import { createAgentService } from './agent.service.ts';
import { registerAgentRoutes } from './agent.routes.ts';
import { registerApprovalRoutes } from './approvals.routes.ts';
import { createApprovalsService } from './approvals.service.ts';
import { takeInRequest, type IntakeOrigin } from './intake.service.ts';
import { createAssertionVerifier } from './login-assertion.ts';
import type { IntakeInput } from './request-schemas.ts';
import { raiseDeadlineReminders, type ReminderRun } from './reminders.service.ts';
import { registerRequestRoutes } from './requests.routes.ts';
import type { RightsContext } from './rights-context.ts';
import { registerVerificationRoutes } from './verification.routes.ts';
import { createVerificationService } from './verification.service.ts';

export interface RightsDependencies {
  config: Config;
  db: Db;
  audit: AuditService;
  manifest: Manifest;
  mailer: Mailer;
  logger: Pick<Logger, 'warn' | 'error' | 'info'>;
  now?: () => Date;
}

/** The rights capability, wired: its services, and a function that registers its routes. */
export function createRights(deps: RightsDependencies) {
  const ctx: RightsContext = {
    db: deps.db,
    audit: deps.audit,
    manifest: deps.manifest,
    mailer: deps.mailer,
    config: deps.config.rights,
    privacyTeamEmail: deps.config.mail.privacyTeamEmail,
    logger: deps.logger,
    now: deps.now ?? (() => new Date()),
  };
  const verification = createVerificationService(ctx);
  const assertions = createAssertionVerifier(ctx.config.assertion);
  const admin = createAdminRequestsService(ctx);
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
      await registerAgentRoutes(app, agents);
    },
  };
}

export type Rights = ReturnType<typeof createRights>;
