import type { AuditService } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import { createAccountService, type AccountService } from './account.service.ts';
import type { AccountsConfig } from './accounts-config.ts';
import { createLoginThrottle } from './login-throttle.ts';
import { createSessionAuthenticator } from './session-auth.ts';
import { createSessionsService, type SessionsService } from './sessions.service.ts';
import { createUsersService, type UsersService } from './users.service.ts';

export interface Accounts {
  users: UsersService;
  sessions: SessionsService;
  /** A logged-in user's own account: password, second factor. */
  account: AccountService;
  /** For installAccessControl's authenticateSession. */
  authenticateSession: ReturnType<typeof createSessionAuthenticator>;
}

/** Wires the admin-console accounts for the composition root (app.ts) and the CLI. */
export function createAccounts(db: Db, audit: AuditService, config: AccountsConfig, now: () => Date = () => new Date()): Accounts {
  // One throttle: failed logins and failed re-entries of a password or code count together.
  const throttle = createLoginThrottle(undefined, now);
  const sessions = createSessionsService(db, audit, config, throttle, now);
  return {
    users: createUsersService(db, audit, config.totpKey, now),
    sessions,
    account: createAccountService(db, audit, config.totpKey, throttle, now),
    authenticateSession: createSessionAuthenticator(sessions),
  };
}
