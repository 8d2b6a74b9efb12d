import { PledgeError } from '../errors/pledge-error.ts';
import { recordHit } from './rate-limits.repository.ts';
import { emailHash, sha256Hex } from './request-secrets.ts';
import type { RightsContext } from './rights-context.ts';

const HOUR_MS = 3_600_000;

/**
 * Attack 12: besides the per-minute limit every public route has, the intake is limited per hour per IP
 * and per identity (the hashed e-mail address), in the database so that all servers share the count.
 * Both hits are recorded before either is judged, so a refused request still counts.
 */
export async function enforceIntakeLimits(ctx: RightsContext, ip: string, email: string): Promise<void> {
  const now = ctx.now();
  const fromIp = await recordHit(ctx.db, `intake:ip:${sha256Hex(ip)}`, now, HOUR_MS);
  const forIdentity = await recordHit(ctx.db, `intake:identity:${emailHash(email)}`, now, HOUR_MS);
  if (fromIp >= ctx.config.limitPerIpPerHour || forIdentity >= ctx.config.limitPerIdentityPerHour) {
    throw new PledgeError('rate_limited', { details: { retryAfterSeconds: HOUR_MS / 1000 } });
  }
}
