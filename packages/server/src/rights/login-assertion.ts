import { createLocalJWKSet, createRemoteJWKSet, decodeProtectedHeader, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { AssertionConfig } from './rights-config.ts';

/** Attack 6: export, erasure and correction need an authentication at most five minutes old. */
export const FRESH_AUTHENTICATION_SECONDS = 5 * 60;
/** Any assertion older than this is refused: the site mints one when the person submits. */
export const MAX_ASSERTION_AGE_SECONDS = 60 * 60;

/** What the company's site vouches for: this logged-in account, with this e-mail address, authenticated at authAt. */
export interface LoginAssertion {
  accountId: string;
  email: string;
  phone: string | null;
  /** OIDC `auth_time` when given (when the person last entered credentials), else `iat`; epoch seconds. */
  authAt: number;
}

export type AssertionResult = { ok: true; assertion: LoginAssertion } | { ok: false; reason: 'not_configured' | 'invalid' };

export interface AssertionVerifier {
  verify(jwt: string, now: Date): Promise<AssertionResult>;
}

/**
 * A JWT signed by the company's site: HS256 with a shared secret, or RS256/ES256 with keys from a
 * JWKS (URL or inline). Issuer and audience must match; without an issuer configured nothing is accepted.
 */
export function createAssertionVerifier(config: AssertionConfig): AssertionVerifier {
  const secret = config.secret ? new TextEncoder().encode(config.secret) : null;
  const jwks: JWTVerifyGetKey | null = config.jwks
    ? createLocalJWKSet(JSON.parse(config.jwks) as Parameters<typeof createLocalJWKSet>[0])
    : config.jwksUrl
      ? createRemoteJWKSet(new URL(config.jwksUrl))
      : null;
  const issuer = config.issuer;

  return {
    verify: async (jwt, now) => {
      if (!issuer || (!secret && !jwks)) return { ok: false, reason: 'not_configured' };
      try {
        const { alg } = decodeProtectedHeader(jwt);
        const options = { issuer, audience: config.audience, currentDate: now, maxTokenAge: MAX_ASSERTION_AGE_SECONDS, requiredClaims: ['iat', 'exp', 'sub', 'email'] };
        let payload: JWTPayload;
        if (alg === 'HS256' && secret) payload = (await jwtVerify(jwt, secret, { ...options, algorithms: ['HS256'] })).payload;
        else if (jwks) payload = (await jwtVerify(jwt, jwks, { ...options, algorithms: ['RS256', 'ES256'] })).payload;
        else return { ok: false, reason: 'invalid' };
        if (typeof payload.email !== 'string' || typeof payload.sub !== 'string' || typeof payload.iat !== 'number') return { ok: false, reason: 'invalid' };
        const authTime = typeof payload.auth_time === 'number' ? payload.auth_time : payload.iat;
        const phone = typeof payload.phone_number === 'string' ? payload.phone_number : null;
        return { ok: true, assertion: { accountId: payload.sub, email: payload.email, phone, authAt: authTime } };
      } catch {
        // Bad signature, wrong issuer/audience, expired, malformed: the reason stays on our side.
        return { ok: false, reason: 'invalid' };
      }
    },
  };
}

export function isFresh(assertion: LoginAssertion, now: Date): boolean {
  const age = now.getTime() / 1000 - assertion.authAt;
  return age >= -60 && age <= FRESH_AUTHENTICATION_SECONDS;
}
