import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Key format: `plg_<publicId>_<secret>`. The public id (16 hex chars) finds the row; the secret
 * (32 random bytes, base64url) proves possession. Keys are high-entropy, so a single SHA-256 is
 * the right hash: a slow password hash would add latency to every request and no security.
 */
const KEY_PATTERN = /^plg_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export interface GeneratedApiKey {
  /** The whole key, to be shown once and never stored. */
  plaintext: string;
  /** `plg_<publicId>`, stored for lookup and safe to display. */
  prefix: string;
  secretHash: string;
}

export function generateApiKey(): GeneratedApiKey {
  const publicId = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const plaintext = `plg_${publicId}_${secret}`;
  return { plaintext, prefix: `plg_${publicId}`, secretHash: hashApiKey(plaintext) };
}

/** Returns the lookup prefix, or null when the string cannot be a Pledge key. */
export function parseApiKey(presented: string): { prefix: string } | null {
  const match = KEY_PATTERN.exec(presented);
  return match ? { prefix: `plg_${match[1]}` } : null;
}

export function hashApiKey(plaintext: string): string {
  return createHash('sha256').update(plaintext, 'utf8').digest('hex');
}

/** Constant-time comparison, so response timing does not reveal how much of a hash matched. */
export function apiKeyMatches(presented: string, storedHash: string): boolean {
  const a = Buffer.from(hashApiKey(presented), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
