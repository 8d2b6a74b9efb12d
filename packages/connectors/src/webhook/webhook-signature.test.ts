import { describe, expect, it } from 'vitest';
import { signWebhookBody, verifyWebhookSignature } from './webhook-signature.ts';

const secret = 'whsec_test_0123456789abcdef';
const body = '{"action":"access","requestId":"r1"}';
const now = new Date('2026-03-01T12:00:00Z');

describe('webhook signatures', () => {
  it('verifies what it signs, over the exact raw body', () => {
    const header = signWebhookBody(body, secret, now);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(body, header, secret, { now })).toEqual({ ok: true, timestamp: now.getTime() / 1000 });
    expect(verifyWebhookSignature(Buffer.from(body), header, secret, { now }).ok).toBe(true);
  });

  it('rejects a changed body, a wrong secret and a missing or malformed header', () => {
    const header = signWebhookBody(body, secret, now);
    expect(verifyWebhookSignature(body.replace('r1', 'r2'), header, secret, { now })).toEqual({ ok: false, reason: 'signature does not match' });
    expect(verifyWebhookSignature(body, header, 'another-secret-entirely', { now }).ok).toBe(false);
    expect(verifyWebhookSignature(body, undefined, secret, { now }).ok).toBe(false);
    expect(verifyWebhookSignature(body, 'v1=abc', secret, { now })).toEqual({ ok: false, reason: 'malformed signature header' });
    expect(verifyWebhookSignature(body, header.replace(/v1=\w+/, 'v1=zz'), secret, { now }).ok).toBe(false);
  });

  it('rejects timestamps outside the five-minute replay window, either way', () => {
    const header = signWebhookBody(body, secret, now);
    const later = (s: number) => ({ now: new Date(now.getTime() + s * 1000) });
    expect(verifyWebhookSignature(body, header, secret, later(299)).ok).toBe(true);
    expect(verifyWebhookSignature(body, header, secret, later(301))).toEqual({ ok: false, reason: 'timestamp outside the tolerance window (possible replay)' });
    expect(verifyWebhookSignature(body, header, secret, later(-301)).ok).toBe(false);
  });

  it('accepts any one of several v1 signatures, for secret rotation', () => {
    const t = now.getTime() / 1000;
    const oldSig = signWebhookBody(body, 'the-old-secret-value', now).split('v1=')[1];
    const newSig = signWebhookBody(body, secret, now).split('v1=')[1];
    expect(verifyWebhookSignature(body, `t=${t},v1=${oldSig},v1=${newSig}`, secret, { now }).ok).toBe(true);
  });
});
