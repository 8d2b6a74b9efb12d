import { z } from 'zod';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export const WebhookConfig = z
  .object({
    url: z
      .url('an absolute URL')
      .refine((u) => {
        const url = new URL(u);
        return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
      }, 'https (plain http only to localhost)'),
    /** The HMAC signing secret shared with the receiver. */
    secret: z.string().min(16, 'at least 16 characters'),
    timeoutMs: z.number().int().min(100).max(120_000).default(10_000),
    /** Where receivers that answer 202 send their signed result later; the server sets it. */
    callbackUrl: z.url().optional(),
  })
  .strict();
export type WebhookConfig = z.input<typeof WebhookConfig>;
