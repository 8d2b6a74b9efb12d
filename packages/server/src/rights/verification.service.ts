import { inTransaction } from '../db/database.ts';
import { PledgeError } from '../errors/pledge-error.ts';
import { claimCodeAttempt, consumeChallenge, findChallengeByLinkHash, findOpenIdentityChallenge } from './challenges.repository.ts';
import { findRequestForPerson } from './request-access.ts';
import { insertEvent } from './request-events.repository.ts';
import type { RightsRequest } from './request-model.ts';
import { addProof } from './request-proofs.ts';
import { hashCode, hashesEqual, normaliseEmail, sha256Hex } from './request-secrets.ts';
import { isTerminal } from './request-state-machine.ts';
import { findRequestByReference, lockRequestById, updateRequest } from './requests.repository.ts';
import { transact, type RightsContext } from './rights-context.ts';
import { issueDeliveryChangeChallenge, issueIdentityChallenge, MAX_CODE_ATTEMPTS } from './verification-challenges.ts';

const failed = () => new PledgeError('verification_failed');
const awaitingIdentity = (r: RightsRequest) => r.state === 'received' || r.state === 'identity_verification';

export interface VerificationService {
  verifyCode(reference: string, statusToken: string, code: string): Promise<RightsRequest>;
  /** Single use, bound to one request: reused, expired, superseded or another request's link all fail alike (attack 8). */
  verifyLink(reference: string, linkToken: string): Promise<{ purpose: 'identity' | 'delivery_change' }>;
  resend(reference: string, statusToken: string): Promise<void>;
  requestDeliveryChange(reference: string, statusToken: string, email: string): Promise<void>;
}

export function createVerificationService(ctx: RightsContext): VerificationService {
  return {
    verifyCode: async (reference, statusToken, code) => {
      const request = await findRequestForPerson(ctx.db, reference, statusToken);
      const challenge = await findOpenIdentityChallenge(ctx.db, request.id);
      const now = ctx.now();
      if (!challenge?.codeHash || !challenge.codeExpiresAt || challenge.codeExpiresAt <= now) throw failed();
      if (challenge.lockedAt) throw new PledgeError('verification_locked');
      const attempt = await claimCodeAttempt(ctx.db, challenge.id, MAX_CODE_ATTEMPTS, now);
      if (attempt === null) throw new PledgeError('verification_locked');
      if (!hashesEqual(hashCode(challenge.id, code), challenge.codeHash)) {
        if (attempt < MAX_CODE_ATTEMPTS) throw new PledgeError('verification_failed', { details: { attemptsLeft: MAX_CODE_ATTEMPTS - attempt } });
        await inTransaction(ctx.db, async (tx) => {
          await insertEvent(tx, { requestId: request.id, at: now, kind: 'verification_locked', actor: 'person', visibleToPerson: true });
          await ctx.audit.record({ actor: 'person', action: 'rights_request.verification_locked', target: `rights_request:${request.id}` }, tx);
        });
        throw new PledgeError('verification_locked');
      }
      return (
        await transact(ctx, async (tx) => {
          const locked = await lockRequestById(tx, request.id);
          if (!locked || !awaitingIdentity(locked) || !(await consumeChallenge(tx, challenge.id, now))) throw failed();
          return addProof(ctx, tx, locked, { method: 'email_code', at: now.toISOString(), identifiers: ['email'], by: 'person' });
        })
      ).value;
    },

    verifyLink: async (reference, linkToken) => {
      const challenge = await findChallengeByLinkHash(ctx.db, sha256Hex(linkToken));
      const request = await findRequestByReference(ctx.db, reference);
      const now = ctx.now();
      // Both look-ups always run, so an unknown reference costs what a known one does.
      if (!challenge || !request || challenge.requestId !== request.id || challenge.linkExpiresAt <= now) throw failed();
      const { value } = await transact(ctx, async (tx) => {
        const locked = await lockRequestById(tx, request.id);
        if (!locked || isTerminal(locked.state) || !(await consumeChallenge(tx, challenge.id, now))) throw failed();
        if (challenge.purpose === 'identity') {
          if (!awaitingIdentity(locked)) throw failed();
          await addProof(ctx, tx, locked, { method: 'email_link', at: now.toISOString(), identifiers: ['email'], by: 'person' });
          return 'identity' as const;
        }
        await updateRequest(tx, locked.id, { deliveryEmail: challenge.payload.email! });
        await insertEvent(tx, { requestId: locked.id, at: now, kind: 'delivery_address_changed', actor: 'person', visibleToPerson: true });
        await ctx.audit.record({ actor: 'person', action: 'rights_request.delivery_address_changed', target: `rights_request:${locked.id}` }, tx);
        return 'delivery_change' as const;
      });
      return { purpose: value };
    },

    resend: async (reference, statusToken) => {
      const request = await findRequestForPerson(ctx.db, reference, statusToken);
      const agentPending = request.agent !== null && request.agentStatus !== 'approved';
      if (!awaitingIdentity(request) || agentPending || !ctx.manifest.rights.verification.methods.includes('email_code')) {
        throw new PledgeError('request_transition_illegal', { message: 'This request is not waiting for an e-mail verification.', details: { state: request.state } });
      }
      await transact(ctx, (tx, outbox) => issueIdentityChallenge(ctx, tx, outbox, request));
    },

    requestDeliveryChange: async (reference, statusToken, email) => {
      const request = await findRequestForPerson(ctx.db, reference, statusToken);
      if (isTerminal(request.state)) throw new PledgeError('request_transition_illegal', { details: { state: request.state } });
      if (normaliseEmail(email) === normaliseEmail(request.deliveryEmail)) return;
      await transact(ctx, async (tx, outbox) => {
        await issueDeliveryChangeChallenge(ctx, tx, outbox, request, email);
        await insertEvent(tx, { requestId: request.id, at: ctx.now(), kind: 'delivery_change_requested', actor: 'person', visibleToPerson: true });
        await ctx.audit.record({ actor: 'person', action: 'rights_request.delivery_change_requested', target: `rights_request:${request.id}` }, tx);
      });
    },
  };
}
