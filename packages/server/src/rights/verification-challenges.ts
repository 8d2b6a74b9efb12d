import { randomUUID } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { PledgeError } from '../errors/pledge-error.ts';
import { maskEmail } from '../mail/mail-content.ts';
import { countChallenges, insertChallenge, supersedeOpenChallenges, type ChallengePurpose } from './challenges.repository.ts';
import type { RightsRequest } from './request-model.ts';
import { generateCode, generateToken, hashCode, sha256Hex } from './request-secrets.ts';
import type { Outbox, RightsContext } from './rights-context.ts';

/** Attack 8: a code is good for ten minutes; the link (same mail) for a day, once. */
export const CODE_TTL_MS = 10 * 60_000;
export const LINK_TTL_MS = 24 * 3_600_000;
/** Attack 9: five wrong codes lock the challenge; a new mail brings a new code. */
export const MAX_CODE_ATTEMPTS = 5;
/** New mails per request and purpose, so locking and resending cannot become unlimited guessing. */
export const MAX_CHALLENGES = 5;

/** The privacy center page that POSTs the token: a GET would be used up by mail scanners prefetching links. */
export function verificationLink(ctx: RightsContext, reference: string, token: string): string {
  // In the fragment, the token never reaches a server log or a Referer header.
  return `${ctx.config.publicUrl}/privacy/verify#ref=${encodeURIComponent(reference)}&token=${encodeURIComponent(token)}`;
}

async function issue(ctx: RightsContext, tx: Db, request: RightsRequest, purpose: ChallengePurpose, withCode: boolean, payload: Record<string, string>) {
  if ((await countChallenges(tx, request.id, purpose)) >= MAX_CHALLENGES) throw new PledgeError('rate_limited', { details: { reason: 'too many verification mails for this request' } });
  const at = ctx.now();
  await supersedeOpenChallenges(tx, request.id, purpose, at);
  const id = randomUUID();
  const token = generateToken();
  const code = withCode ? generateCode() : null;
  await insertChallenge(tx, {
    id,
    requestId: request.id,
    purpose,
    linkTokenHash: sha256Hex(token),
    linkExpiresAt: new Date(at.getTime() + LINK_TTL_MS),
    codeHash: code === null ? null : hashCode(id, code),
    codeExpiresAt: code === null ? null : new Date(at.getTime() + CODE_TTL_MS),
    payload,
    at,
  });
  return { link: verificationLink(ctx, request.reference, token), code };
}

/**
 * Sends the identity check to the address the person gave: the request is bound to it. For an agent's
 * request it goes to the person, link only, and asks them to confirm the agent (attack 7).
 */
export async function issueIdentityChallenge(ctx: RightsContext, tx: Db, outbox: Outbox, request: RightsRequest): Promise<void> {
  const forAgent = request.agent !== null;
  const { link, code } = await issue(ctx, tx, request, 'identity', !forAgent, {});
  outbox.push({
    to: request.email,
    language: request.language,
    requestId: request.id,
    content: forAgent
      ? { template: 'agent_confirmation', reference: request.reference, requestType: request.type, link }
      : { template: 'verification', reference: request.reference, requestType: request.type, link, code, codeMinutes: CODE_TTL_MS / 60_000 },
  });
}

/** Attack 2: a new destination is confirmed on the existing one before it takes effect. */
export async function issueDeliveryChangeChallenge(ctx: RightsContext, tx: Db, outbox: Outbox, request: RightsRequest, newEmail: string): Promise<void> {
  const { link } = await issue(ctx, tx, request, 'delivery_change', false, { email: newEmail });
  outbox.push({
    to: request.deliveryEmail,
    language: request.language,
    requestId: request.id,
    content: { template: 'delivery_change', reference: request.reference, link, maskedAddress: maskEmail(newEmail) },
  });
}
