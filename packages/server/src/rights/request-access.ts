import type { Db } from '../db/database.ts';
import { PledgeError } from '../errors/pledge-error.ts';
import type { RightsRequest } from './request-model.ts';
import { DUMMY_HASH, hashesEqual, REFERENCE_PATTERN, sha256Hex } from './request-secrets.ts';
import { findRequestById, findRequestByReference } from './requests.repository.ts';

/**
 * The person's key to their request: reference + status token. An unknown reference, a wrong token
 * and a malformed one all get the same 404 after the same hash-and-compare (attack 10).
 */
export async function findRequestForPerson(db: Db, reference: string, statusToken: string): Promise<RightsRequest> {
  const request = REFERENCE_PATTERN.test(reference) ? await findRequestByReference(db, reference) : undefined;
  const matches = hashesEqual(sha256Hex(statusToken), request?.statusTokenHash ?? DUMMY_HASH);
  if (!request || !matches) throw new PledgeError('request_not_found');
  return request;
}

/** For staff routes (by id). */
export async function findRequestForStaff(db: Db, id: string): Promise<RightsRequest> {
  const request = await findRequestById(db, id);
  if (!request) throw new PledgeError('request_not_found', { message: 'No request with this id.', details: { id } });
  return request;
}

/** A 400 naming one field, in the same shape as schema validation errors. */
export function fieldError(path: string, rule: string, message: string): PledgeError {
  return new PledgeError('validation_failed', { details: [{ path, rule, message }] });
}
