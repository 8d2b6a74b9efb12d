import { randomUUID } from 'node:crypto';
import { PledgeError } from '../errors/pledge-error.ts';
import { assertKnownToManifest, type ConsentCatalogue } from './consent-catalogue.ts';
import type { ConsentDraft } from './consent-ledger.ts';
import { gpcHeaderOf, hashUserAgent, regionOf, subjectKeyOf, truncateIp } from './consent-request-data.ts';
import type { ConsentBody } from './consent.schemas.ts';

/** A POST as the routes hand it over: the body, and what only the server can vouch for. */
export interface ConsentSubmission {
  body: ConsentBody;
  /** Normalised Origin, or null for a server-to-server call. */
  origin: string | null;
  /** `subject` for the banner, `key:<id>` for a call with an API key. */
  actor: string;
  ip: string | undefined;
  userAgent: string | undefined;
  acceptLanguage: string | undefined;
  secGpc: string | string[] | undefined;
}

/**
 * Checks a submission against the manifest (400 naming the field) and splits it into the evidence that goes into
 * the chain and the personal columns that stay out of it. The receipt is minted here; time and place in the chain
 * are added when its batch commits.
 */
export function draftConsent(s: ConsentSubmission, catalogue: ConsentCatalogue, secret: string): ConsentDraft {
  assertKnownToManifest(s.body, catalogue);
  const { body } = s;
  const isImport = body.method === 'import';
  if (isImport !== (body.reason !== undefined) || (isImport && s.actor === 'subject')) {
    throw new PledgeError('validation_failed', {
      details: [{ path: isImport ? 'body.reason' : 'body.method', rule: 'import_only', message: 'method `import` needs an API key and a reason; a reason only goes with `import`' }],
    });
  }
  return {
    evidence: {
      receipt: randomUUID(),
      subjectKey: subjectKeyOf(body.subjectId),
      site: body.site ?? null,
      origin: s.origin,
      actor: s.actor,
      method: body.method,
      reason: body.reason ?? null,
      choices: body.choices,
      vendors: body.vendors,
      consentMode: body.consentMode,
      noticeVersion: body.noticeVersion,
      textVersion: body.textVersion,
      language: body.language,
      gpc: body.gpc,
      gpcHeader: gpcHeaderOf(s.secGpc),
      dnt: body.dnt,
      ...regionOf(s.acceptLanguage),
      test: body.test === true,
    },
    personal: { accountId: body.accountId ?? null, ipPrefix: truncateIp(s.ip), uaHash: hashUserAgent(s.userAgent, secret) },
  };
}
