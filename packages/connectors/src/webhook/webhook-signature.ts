import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'Pledge-Signature';
/** Signed requests older or newer than this are refused, so a captured request cannot be replayed later. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

const sign = (secret: string, timestamp: number, body: string): string => createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "${t}.${body}">`, in the style of Stripe's webhook signatures. */
export function signWebhookBody(body: string, secret: string, now: Date = new Date()): string {
  const timestamp = Math.floor(now.getTime() / 1000);
  return `t=${timestamp},v1=${sign(secret, timestamp, body)}`;
}

export type SignatureCheck = { ok: true; timestamp: number } | { ok: false; reason: string };

export interface VerifyOptions {
  toleranceSeconds?: number;
  now?: Date;
}

/**
 * For receivers: checks the header against the raw body (the exact bytes received, before JSON parsing).
 * Several `v1=` entries are allowed, so a sender can sign with an old and a new secret while rotating.
 */
export function verifyWebhookSignature(rawBody: string | Buffer, header: string | null | undefined, secret: string, options: VerifyOptions = {}): SignatureCheck {
  if (!header) return { ok: false, reason: `missing ${SIGNATURE_HEADER} header` };
  const parts = header.split(',').map((p) => p.trim().split('='));
  const timestamps = parts.filter(([k]) => k === 't').map(([, v]) => v ?? '');
  const signatures = parts.filter(([k]) => k === 'v1').map(([, v]) => v ?? '');
  if (timestamps.length !== 1 || !/^\d{1,12}$/.test(timestamps[0] ?? '') || signatures.length === 0) {
    return { ok: false, reason: 'malformed signature header' };
  }
  const timestamp = Number(timestamps[0]);
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - timestamp) > (options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS)) {
    return { ok: false, reason: 'timestamp outside the tolerance window (possible replay)' };
  }
  const expected = Buffer.from(sign(secret, timestamp, Buffer.isBuffer(rawBody) ? rawBody.toString('utf8') : rawBody), 'hex');
  const match = signatures.some((s) => {
    const given = Buffer.from(/^[0-9a-f]+$/i.test(s) ? s : '', 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return match ? { ok: true, timestamp } : { ok: false, reason: 'signature does not match' };
}
