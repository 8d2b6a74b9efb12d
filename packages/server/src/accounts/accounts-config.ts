import { z } from 'zod';

const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);
const minutes = (fallback: number) =>
  z.preprocess(unsetIfEmpty, z.coerce.number({ error: 'must be a number' }).int('must be a whole number').positive('must be at least 1').default(fallback));

/** The admin-console part of the environment; merged into config.ts's schema. */
export const ACCOUNTS_ENV = {
  PLEDGE_TOTP_KEY: z.preprocess(
    unsetIfEmpty,
    z.string().refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded (openssl rand -base64 32)').optional(),
  ),
  SESSION_IDLE_MINUTES: minutes(30),
  SESSION_MAX_MINUTES: minutes(12 * 60),
};

interface AccountsEnv {
  PLEDGE_TOTP_KEY?: string | undefined;
  SESSION_IDLE_MINUTES: number;
  SESSION_MAX_MINUTES: number;
}

export interface AccountsConfig {
  /** AES-256-GCM key for TOTP secrets; without it no account can have a second factor. */
  readonly totpKey: Buffer | undefined;
  /** A session unused this long ends (OWASP ASVS 3.3.2). */
  readonly idleMinutes: number;
  /** And every session ends this long after login, used or not. */
  readonly maxMinutes: number;
}

export function toAccountsConfig(env: AccountsEnv): AccountsConfig {
  return Object.freeze({
    totpKey: env.PLEDGE_TOTP_KEY === undefined ? undefined : Buffer.from(env.PLEDGE_TOTP_KEY, 'base64'),
    idleMinutes: env.SESSION_IDLE_MINUTES,
    maxMinutes: env.SESSION_MAX_MINUTES,
  });
}
