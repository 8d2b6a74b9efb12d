import { isIP } from 'node:net';
import { z } from 'zod';

/** proxy-addr's names for address ranges (Fastify's trustProxy accepts them in a list). */
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrCidr(entry: string): boolean {
  if (RANGE_NAMES.has(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

/**
 * PLEDGE_TRUST_PROXY: which proxies in front of Pledge may say who the client is (X-Forwarded-For), so per-IP rate
 * limits and the consent ledger's truncated IP see the client, not the proxy. Unset: none (the socket's address
 * counts). A hop count (`1`: the one proxy in front) or a list of addresses and CIDR ranges. "Every proxy" (`true`)
 * is refused: then any client could claim any address and slip past the per-IP limits.
 */
export const TRUST_PROXY_ENV = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim() : value),
  z
    .string()
    .optional()
    .transform((value, ctx): false | number | string[] => {
      if (value === undefined || value === '' || value === 'false') return false;
      if (/^\d+$/.test(value)) {
        const hops = Number(value);
        if (hops >= 1 && hops <= 10) return hops;
        ctx.addIssue({ code: 'custom', message: 'a hop count must be between 1 and 10 (leave it unset when no proxy is in front)' });
        return z.NEVER;
      }
      const entries = value.split(',').map((e) => e.trim()).filter((e) => e !== '');
      const bad = entries.find((e) => !isAddressOrCidr(e));
      if (bad !== undefined || entries.length === 0) {
        ctx.addIssue({ code: 'custom', message: 'must be a hop count (e.g. 1) or a comma-separated list of proxy addresses or CIDR ranges (e.g. 10.0.0.0/8); trusting every proxy is not allowed' });
        return z.NEVER;
      }
      return entries;
    }),
);

export type TrustProxy = false | number | string[];

/**
 * Fastify's form. A hop count becomes "trust the nearest n hops" (Express's meaning): Fastify itself ignores bare
 * numbers, because a client that reaches Pledge directly could then name any address; with a hop count, make sure
 * Pledge is reachable only through its proxies (or list their addresses instead).
 */
export function fastifyTrustProxy(trust: TrustProxy): false | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return trust;
}
