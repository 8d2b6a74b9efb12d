import type { Manifest } from '@pledge/manifest';
import { needsStepUp, needsVerification, type RequestType } from './request-types.ts';

/**
 * How sure Pledge must be that the person is who they say before acting.
 * - none: CCPA opt-out and limit requests (11 CCR §7026(d), §7027(f)).
 * - standard: one factor (possession of the e-mail address, or the company's login).
 * - step_up: two different factors, i.e. a second matching identifier (manifest stepUpFor).
 */
export const ASSURANCE_LEVELS = ['none', 'standard', 'step_up'] as const;
export type AssuranceLevel = (typeof ASSURANCE_LEVELS)[number];

export const PROOF_METHODS = ['email_code', 'email_link', 'account_login', 'second_identifier', 'id_document_review', 'knowledge_questions'] as const;
export type ProofMethod = (typeof PROOF_METHODS)[number];

/** One piece of evidence of identity, as stored on the request. */
export interface Proof {
  method: ProofMethod;
  /** When it was recorded (ISO 8601). */
  at: string;
  /** Which identifiers it proves: 'email', 'account_id', 'phone', … */
  identifiers: string[];
  /** account_login: whether the person authenticated within the freshness window when it was presented. */
  fresh?: boolean;
  /** `person`, `system` or `key:<id>` (a staff member who checked it). */
  by: string;
}

/**
 * The factor each method proves. Knowledge questions prove none: answers can come from leaked data,
 * so they never count, alone or together (attack 5).
 */
const FACTOR: Readonly<Record<ProofMethod, string | null>> = {
  email_code: 'email',
  email_link: 'email',
  account_login: 'account',
  second_identifier: 'second_identifier',
  id_document_review: 'document',
  knowledge_questions: null,
};

const RANK: Readonly<Record<AssuranceLevel, number>> = { none: 0, standard: 1, step_up: 2 };

export function compareAssurance(a: AssuranceLevel, b: AssuranceLevel): number {
  return RANK[a] - RANK[b];
}

/** What the manifest asks for a type, before any approved change. */
export function defaultAssurance(manifest: Manifest, type: RequestType): AssuranceLevel {
  if (!needsVerification(type)) return 'none';
  return needsStepUp(manifest, type) ? 'step_up' : 'standard';
}

/** No approval can take a type below this: anything that releases or changes data needs a factor. */
export function minimumAssurance(type: RequestType): AssuranceLevel {
  return needsVerification(type) ? 'standard' : 'none';
}

/** The distinct factors the proofs establish; a stale login does not count where freshness is required (attack 6). */
export function provenFactors(proofs: readonly Proof[], freshRequired: boolean): Set<string> {
  const factors = new Set<string>();
  for (const proof of proofs) {
    const factor = FACTOR[proof.method];
    if (factor === null) continue;
    if (proof.method === 'account_login' && freshRequired && proof.fresh !== true) continue;
    factors.add(factor);
  }
  return factors;
}

export function isAssuranceMet(required: AssuranceLevel, proofs: readonly Proof[], freshRequired: boolean): boolean {
  return provenFactors(proofs, freshRequired).size >= RANK[required];
}
