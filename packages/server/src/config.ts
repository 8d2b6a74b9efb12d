import { z } from 'zod';
import { ACCOUNTS_ENV, toAccountsConfig, type AccountsConfig } from './accounts/accounts-config.ts';
import { PledgeError } from './errors/pledge-error.ts';
import { FULFILMENT_ENV, toFulfilmentConfig, type FulfilmentConfig } from './fulfilment/fulfilment-config.ts';
import { MAIL_ENV, toMailConfig, type MailConfig } from './mail/mail-config.ts';
import { RIGHTS_ENV, toRightsConfig, type RightsConfig } from './rights/rights-config.ts';
import { TRUST_PROXY_ENV, type TrustProxy } from './trust-proxy.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

// An empty variable (`PORT=`) means "not set", as shells and .env files commonly produce it.
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);

const EnvSchema = z.object({
  ...MAIL_ENV,
  ...RIGHTS_ENV,
  ...FULFILMENT_ENV,
  ...ACCOUNTS_ENV,
  DATABASE_URL: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL (leave it unset for the embedded database)')
      .optional(),
  ),
  PLEDGE_DATA_DIR: z.preprocess(unsetIfEmpty, z.string().default('.pledge/data')),
  PLEDGE_MANIFEST: z.preprocess(unsetIfEmpty, z.string().optional()),
  PORT: z.preprocess(
    unsetIfEmpty,
    z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(0, 'must be at least 0').max(65535, 'must be at most 65535').default(3000),
  ),
  HOST: z.preprocess(unsetIfEmpty, z.string().default('127.0.0.1')),
  LOG_LEVEL: z.preprocess(unsetIfEmpty, z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info')),
  PUBLIC_RATE_LIMIT: z.preprocess(
    unsetIfEmpty,
    z.coerce.number({ error: 'must be a number' }).int('must be a whole number').positive('must be at least 1 (requests per minute per IP)').default(120),
  ),
  CONSENT_SECRET: z.preprocess(unsetIfEmpty, z.string().min(32, 'must be at least 32 characters').optional()),
  PLEDGE_TRUST_PROXY: TRUST_PROXY_ENV,
});

export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  /** Set: PostgreSQL. Unset: the embedded PGlite database in `dataDir`. */
  readonly databaseUrl: string | undefined;
  /** PGlite data directory; `memory://` keeps the database in memory (tests). */
  readonly dataDir: string;
  readonly manifestPath: string | undefined;
  readonly port: number;
  readonly host: string;
  readonly logLevel: LogLevel;
  /** Requests per minute per IP on public routes. */
  readonly publicRateLimit: number;
  /** Fastify's trustProxy: off, a hop count, or the proxies' addresses (trust-proxy.ts). */
  readonly trustProxy: TrustProxy;
  /** SMTP, sender, mail caps (mail/mail-config.ts). */
  readonly mail: MailConfig;
  /** Rights requests: public URL, login assertions, upload key, intake limits (rights/rights-config.ts). */
  readonly rights: RightsConfig;
  /** Fulfilment: package key, erasure hash secret, job lease and retries (fulfilment/fulfilment-config.ts). */
  readonly fulfilment: FulfilmentConfig;
  /** Key of the HMAC over user agents in the consent ledger; unset: a random key per process (hashes then only compare within one run). */
  readonly consentSecret: string | undefined;
  /** Admin console accounts: TOTP key, session lifetimes (accounts/accounts-config.ts). */
  readonly accounts: AccountsConfig;
}

/**
 * Parses the environment once, at start. A bad value fails fast with the variable's name;
 * values are never echoed because DATABASE_URL may carry a password.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new PledgeError('config_invalid', {
      message: `Invalid configuration: ${problems.join('; ')}.`,
      details: parsed.error.issues.map((issue) => ({ variable: issue.path.join('.'), message: issue.message })),
    });
  }
  const e = parsed.data;
  return Object.freeze({
    databaseUrl: e.DATABASE_URL,
    dataDir: e.PLEDGE_DATA_DIR,
    manifestPath: e.PLEDGE_MANIFEST,
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    publicRateLimit: e.PUBLIC_RATE_LIMIT,
    trustProxy: e.PLEDGE_TRUST_PROXY,
    mail: toMailConfig(e),
    rights: toRightsConfig(e),
    fulfilment: toFulfilmentConfig(e, env),
    consentSecret: e.CONSENT_SECRET,
    accounts: toAccountsConfig(e),
  });
}
