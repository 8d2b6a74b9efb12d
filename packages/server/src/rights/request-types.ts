import type { Jurisdiction, Manifest, RIGHTS } from '@pledge/manifest';

/** The kinds of rights request Pledge runs. Manifest right names map onto these (see MANIFEST_RIGHTS). */
export const REQUEST_TYPES = [
  'access',
  'know',
  'portability',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'objection_direct_marketing',
  'withdraw_consent',
  'opt_out_sale_share',
  'limit_sensitive',
] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

type ManifestRight = (typeof RIGHTS)[number];

/**
 * Which manifest rights offer a request type. The manifest speaks each law's words (CCPA "know",
 * "delete", "correct"; GDPR "access", "erasure", "rectification"); a request type is offered under a
 * jurisdiction when any of its names is listed there.
 */
export const MANIFEST_RIGHTS: Readonly<Record<RequestType, readonly ManifestRight[]>> = {
  access: ['access', 'know'],
  know: ['know', 'access'],
  portability: ['portability'],
  rectification: ['rectification', 'correct'],
  erasure: ['erasure', 'delete'],
  restriction: ['restriction'],
  // GDPR Art. 21(2)-(3): the objection to direct marketing is part of the right to object.
  objection: ['objection'],
  objection_direct_marketing: ['objection_direct_marketing', 'objection'],
  withdraw_consent: ['withdraw_consent'],
  opt_out_sale_share: ['opt_out_sale_share'],
  limit_sensitive: ['limit_sensitive'],
};

/** 11 CCR §7026(d), §7027(f): opt-out and limit requests need no verification (only a reasonable anti-fraud check). */
const WITHOUT_VERIFICATION: ReadonlySet<RequestType> = new Set(['opt_out_sale_share', 'limit_sensitive']);

/** Types that release, remove or change data: a logged-in person must have authenticated freshly (attack 6). */
const NEEDS_FRESH_AUTHENTICATION: ReadonlySet<RequestType> = new Set(['access', 'know', 'portability', 'erasure', 'rectification']);

export function needsVerification(type: RequestType): boolean {
  return !WITHOUT_VERIFICATION.has(type);
}

export function needsFreshAuthentication(type: RequestType): boolean {
  return NEEDS_FRESH_AUTHENTICATION.has(type);
}

/** Whether the manifest offers this type under this jurisdiction. */
export function isOffered(manifest: Manifest, jurisdiction: Jurisdiction, type: RequestType): boolean {
  const offered: readonly string[] = manifest.rights.offered[jurisdiction] ?? [];
  return MANIFEST_RIGHTS[type].some((right) => offered.includes(right));
}

/** Whether manifest.rights.verification.stepUpFor names this type (in any of its manifest words). */
export function needsStepUp(manifest: Manifest, type: RequestType): boolean {
  const stepUpFor: readonly string[] = manifest.rights.verification.stepUpFor;
  return MANIFEST_RIGHTS[type].some((right) => stepUpFor.includes(right));
}
