import { describe, expect, it } from 'vitest';
import { WebhookCallback } from './webhook-protocol.ts';

const callback = (result: unknown) => ({ operationId: 'op-1', requestId: 'R-1', action: 'rectify', result });

describe('webhook callback body', () => {
  it('reads an error as an error, not as "updated nothing" (`updated` defaults to 0)', () => {
    expect(WebhookCallback.parse(callback({ error: 'record is on legal hold' })).result).toEqual({ error: 'record is on legal hold' });
    expect(WebhookCallback.parse(callback({ updated: 2 })).result).toEqual({ updated: 2 });
  });

  it('refuses an empty reason, an error mixed with a result, and unknown fields', () => {
    expect(WebhookCallback.safeParse(callback({ error: '' })).success).toBe(false);
    expect(WebhookCallback.safeParse(callback({ error: 'x', rows: [] })).success).toBe(false);
    expect(WebhookCallback.safeParse(callback({ updatd: 1 })).success).toBe(false);
  });
});
