import { PledgeError } from '../errors/pledge-error.ts';
import { isFresh, type AssertionVerifier } from './login-assertion.ts';
import { findRequestForPerson } from './request-access.ts';
import type { RightsRequest } from './request-model.ts';
import { addProof } from './request-proofs.ts';
import { normaliseEmail } from './request-secrets.ts';
import { needsFreshAuthentication } from './request-types.ts';
import { lockRequestById, updateRequest } from './requests.repository.ts';
import { transact, type RightsContext } from './rights-context.ts';

const digits = (phone: string) => phone.replace(/[^0-9]/g, '');

/**
 * Verification through the company's login (manifest method account_login). The assertion must name
 * this request's e-mail address (and account id, when the person gave one): a login cannot be
 * pointed at someone else's request.
 */
export async function verifyWithLogin(ctx: RightsContext, verifier: AssertionVerifier, reference: string, statusToken: string, jwt: string): Promise<RightsRequest> {
  const request = await findRequestForPerson(ctx.db, reference, statusToken);
  const now = ctx.now();
  if (!ctx.manifest.rights.verification.methods.includes('account_login')) throw new PledgeError('verification_failed', { details: { reason: 'method_not_offered' } });
  const result = await verifier.verify(jwt, now);
  if (!result.ok) throw new PledgeError('verification_failed', { details: { reason: result.reason } });
  const { assertion } = result;
  if (normaliseEmail(assertion.email) !== normaliseEmail(request.email) || (request.accountId !== null && request.accountId !== assertion.accountId)) {
    throw new PledgeError('verification_failed', { details: { reason: 'mismatch' } });
  }
  const fresh = isFresh(assertion, now);
  if (needsFreshAuthentication(request.type) && !fresh) throw new PledgeError('verification_failed', { details: { reason: 'authentication_not_fresh' } });
  const phoneMatches = assertion.phone !== null && request.phone !== null && digits(assertion.phone) === digits(request.phone);
  const identifiers = ['email', 'account_id', ...(phoneMatches ? ['phone'] : [])];

  const { value } = await transact(ctx, async (tx) => {
    const locked = await lockRequestById(tx, request.id);
    if (!locked || (locked.state !== 'received' && locked.state !== 'identity_verification')) throw new PledgeError('verification_failed');
    // The company's signed word for the account id is better than what was typed into a form.
    if (locked.accountId === null) await updateRequest(tx, locked.id, { accountId: assertion.accountId });
    return addProof(ctx, tx, { ...locked, accountId: assertion.accountId }, { method: 'account_login', at: now.toISOString(), identifiers, fresh, by: 'person' });
  });
  return value;
}
