import { randomBytes } from 'node:crypto';
import { z } from 'zod';

const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);
const positive = (fallback: number) =>
  z.preprocess(unsetIfEmpty, z.coerce.number({ error: 'must be a number' }).int('must be a whole number').positive('must be at least 1').default(fallback));

/** The fulfilment part of the environment; merged into config.ts's schema. */
export const FULFILMENT_ENV = {
  PLEDGE_PACKAGE_KEY: z.preprocess(unsetIfEmpty, z.string().refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded (openssl rand -base64 32)').optional()),
  PLEDGE_ERASURE_HASH_SECRET: z.preprocess(unsetIfEmpty, z.string().regex(/^(?:[0-9a-fA-F]{2}){16,}$/, 'must be hex, at least 16 bytes (openssl rand -hex 32)').optional()),
  PLEDGE_PACKAGE_TTL_DAYS: positive(7),
  PLEDGE_JOB_LEASE_SECONDS: positive(30),
  PLEDGE_JOB_MAX_ATTEMPTS: positive(6),
  PLEDGE_JOB_BACKOFF_MS: positive(5_000),
};

type FulfilmentEnv = z.output<z.ZodObject<typeof FULFILMENT_ENV>>;

export interface FulfilmentConfig {
  /** AES-256-GCM key for access packages and collected rows at rest. Unset: a random key for this process only. */
  readonly packageKey: Buffer;
  readonly packageKeyIsEphemeral: boolean;
  /** HMAC secret for `hash` erasure; it must stay the same across runs so hashed values still join. */
  readonly erasureHashSecret: string;
  readonly erasureHashSecretIsEphemeral: boolean;
  readonly packageTtlDays: number;
  readonly jobLeaseMs: number;
  readonly jobMaxAttempts: number;
  readonly jobBackoffMs: number;
  /** The environment the manifest's `connection.urlEnv` / `secretEnv` names are read from. Never logged. */
  readonly systemsEnv: Readonly<Record<string, string | undefined>>;
}

export function toFulfilmentConfig(e: FulfilmentEnv, env: Record<string, string | undefined>): FulfilmentConfig {
  return Object.freeze({
    packageKey: e.PLEDGE_PACKAGE_KEY ? Buffer.from(e.PLEDGE_PACKAGE_KEY, 'base64') : randomBytes(32),
    packageKeyIsEphemeral: !e.PLEDGE_PACKAGE_KEY,
    erasureHashSecret: e.PLEDGE_ERASURE_HASH_SECRET ?? randomBytes(32).toString('hex'),
    erasureHashSecretIsEphemeral: !e.PLEDGE_ERASURE_HASH_SECRET,
    packageTtlDays: e.PLEDGE_PACKAGE_TTL_DAYS,
    jobLeaseMs: e.PLEDGE_JOB_LEASE_SECONDS * 1000,
    jobMaxAttempts: e.PLEDGE_JOB_MAX_ATTEMPTS,
    jobBackoffMs: e.PLEDGE_JOB_BACKOFF_MS,
    systemsEnv: Object.freeze({ ...env }),
  });
}
