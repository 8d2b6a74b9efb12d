import { z } from 'zod';
import type { ErasureStrategy, Key, Value } from '../connector.ts';
import { ConnectorError } from '../connector-error.ts';
import { verifyWebhookSignature, type VerifyOptions } from './webhook-signature.ts';

export type WebhookAction = 'access' | 'erase' | 'rectify' | 'restrict' | 'notify';

/** The JSON body Pledge POSTs to a webhook system; the same shape goes back in an asynchronous callback's `action`. */
export interface WebhookRequest {
  action: WebhookAction;
  /** Pledge's id for this call: a receiver that answers 202 quotes it in its callback. */
  operationId: string;
  requestId: string;
  system: string;
  dataset?: string;
  table?: string;
  /** access: find rows whose `field` is one of `values`. */
  identities?: { field: string; values: Key[] };
  /** erase, rectify, restrict: the primary keys of the rows found by an earlier access call. */
  keys?: Key[];
  strategies?: Record<string, ErasureStrategy>;
  changes?: Record<string, Value>;
  restricted?: boolean;
  /** notify: what happened, so the recipient can do the same (GDPR Art. 19). */
  event?: { kind: 'erasure' | 'rectification' | 'restriction'; identities: { type: string; value: string }[] };
  callbackUrl?: string;
}

const count = z.number().int().min(0).default(0);

export const WebhookAccessResult = z.object({ rows: z.array(z.record(z.string(), z.unknown())) });
export const WebhookEraseResult = z.object({ counts: z.object({ erased: count, nulled: count, hashed: count, redacted: count, retained: count }) });
export const WebhookUpdateResult = z.object({ updated: count });

/** A receiver that could not do the work says why, without personal data; the step becomes a task for a person. */
export const WebhookCallbackError = z.object({ error: z.string().min(1).max(1000) }).strict();

/** What a receiver that answered 202 POSTs to `callbackUrl` later, signed with the same secret and header. */
export const WebhookCallback = z.object({
  operationId: z.string().min(1).max(200),
  requestId: z.string().min(1).max(200),
  action: z.enum(['access', 'erase', 'rectify', 'restrict']),
  // Strict: `updated` defaults to 0, so a loose union would read an error (or a typo) as "updated nothing".
  result: z.union([WebhookCallbackError, WebhookAccessResult.strict(), WebhookEraseResult.strict(), WebhookUpdateResult.strict()]),
});
export type WebhookCallback = z.infer<typeof WebhookCallback>;

/** For the server's callback route: verifies the signature on the raw body, then the shape. */
export function parseWebhookCallback(rawBody: string, signature: string | null | undefined, secret: string, options: VerifyOptions = {}): WebhookCallback {
  const check = verifyWebhookSignature(rawBody, signature, secret, options);
  if (!check.ok) throw new ConnectorError('remote', `Webhook callback refused: ${check.reason}.`);
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    throw new ConnectorError('remote', 'Webhook callback refused: the body is not JSON.');
  }
  const parsed = WebhookCallback.safeParse(json);
  if (!parsed.success) throw new ConnectorError('remote', `Webhook callback refused: ${parsed.error.issues[0]?.message ?? 'unexpected shape'}.`);
  return parsed.data;
}
