import { z } from 'zod';

/** The roles an API key can hold. `auditor` is read-only: the access check refuses to let it on any non-GET route. */
export const ROLES = ['admin', 'privacy_officer', 'support_agent', 'auditor'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = (typeof ROLES)[number];

/** What a route declares: open to anyone (and then rate limited per IP) or to the listed roles only (never empty). */
export type Access = 'public' | readonly Role[];

export const READ_ONLY_ROLES: readonly Role[] = ['auditor'];

/** Who is calling, once their key (or console session) checked out. */
export interface Principal {
  /** The API key's id, or for a console session (kind 'user') the account's id. */
  keyId: string;
  label: string;
  role: Role;
  /** Absent for API keys; 'user' for a person logged in to the admin console (accounts/). */
  kind?: 'user';
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** The audit `actor` for a request made with an API key (or a console session: `user:<id>`); CLI and server-internal actions use 'cli' and 'system'. */
export function actorOf(principal: Principal): string {
  if (principal.kind === 'user') return `user:${principal.keyId}`;
  return `key:${principal.keyId}`;
}
