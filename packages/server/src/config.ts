import { z } from 'zod';
import { PledgeError } from './errors/pledge-error.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

// An empty variable (`PORT=`) means "not set", as shells and .env files commonly produce it.
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);

const EnvSchema = z.object({
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
  });
}
