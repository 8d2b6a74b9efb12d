import { z } from 'zod';

const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);
const optionalString = (schema: z.ZodType<string>) => z.preprocess(unsetIfEmpty, schema.optional());
const limit = (fallback: number) =>
  z.preprocess(unsetIfEmpty, z.coerce.number({ error: 'must be a number' }).int('must be a whole number').positive('must be at least 1').default(fallback));

/** Where the privacy center is when PLEDGE_PUBLIC_URL is not set (a local demo). */
export const DEFAULT_PUBLIC_URL = 'http://localhost:3000';

/** The rights-request part of the environment; merged into config.ts's schema. */
export const RIGHTS_ENV = {
  PLEDGE_PUBLIC_URL: z.preprocess(unsetIfEmpty, z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).default(DEFAULT_PUBLIC_URL)),
  REQUEST_ASSERTION_SECRET: optionalString(z.string().min(32, 'must be at least 32 characters (HS256 needs 256 bits)')),
  REQUEST_ASSERTION_JWKS_URL: optionalString(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
  REQUEST_ASSERTION_JWKS: optionalString(z.string().refine(isJwks, 'must be a JSON Web Key Set: {"keys":[...]}')),
  REQUEST_ASSERTION_ISSUER: optionalString(z.string().min(1)),
  REQUEST_ASSERTION_AUDIENCE: z.preprocess(unsetIfEmpty, z.string().min(1).default('pledge')),
  PLEDGE_UPLOAD_KEY: optionalString(z.string().refine((v) => Buffer.from(v, 'base64').length === 32, 'must be 32 bytes, base64-encoded (openssl rand -base64 32)')),
  REQUEST_LIMIT_PER_IP_PER_HOUR: limit(30),
  REQUEST_LIMIT_PER_IDENTITY_PER_HOUR: limit(3),
};

function isJwks(value: string): boolean {
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null && Array.isArray((parsed as { keys?: unknown }).keys);
  } catch {
    return false;
  }
}

type RightsEnv = z.output<z.ZodObject<typeof RIGHTS_ENV>>;

export interface AssertionConfig {
  /** HS256 shared secret. */
  readonly secret: string | undefined;
  /** RS256/ES256 keys, fetched (and cached) from a URL or given inline. */
  readonly jwksUrl: string | undefined;
  readonly jwks: string | undefined;
  readonly issuer: string | undefined;
  readonly audience: string;
}

export interface RightsConfig {
  /** Where the privacy center lives: verification links and status pages point there. */
  readonly publicUrl: string;
  readonly assertion: AssertionConfig;
  /** AES-256-GCM key for authorised agents' documents; uploads are refused without it. */
  readonly uploadKey: Buffer | undefined;
  readonly limitPerIpPerHour: number;
  readonly limitPerIdentityPerHour: number;
}

export function toRightsConfig(env: RightsEnv): RightsConfig {
  return Object.freeze({
    publicUrl: env.PLEDGE_PUBLIC_URL.replace(/\/+$/, ''),
    assertion: Object.freeze({
      secret: env.REQUEST_ASSERTION_SECRET,
      jwksUrl: env.REQUEST_ASSERTION_JWKS_URL,
      jwks: env.REQUEST_ASSERTION_JWKS,
      issuer: env.REQUEST_ASSERTION_ISSUER,
      audience: env.REQUEST_ASSERTION_AUDIENCE,
    }),
    uploadKey: env.PLEDGE_UPLOAD_KEY === undefined ? undefined : Buffer.from(env.PLEDGE_UPLOAD_KEY, 'base64'),
    limitPerIpPerHour: env.REQUEST_LIMIT_PER_IP_PER_HOUR,
    limitPerIdentityPerHour: env.REQUEST_LIMIT_PER_IDENTITY_PER_HOUR,
  });
}
