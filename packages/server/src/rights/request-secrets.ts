import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * Secrets of a rights request. Tokens are 256 random bits, so one SHA-256 is the right hash
 * (a slow hash would add nothing against guessing). Only hashes are stored.
 */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** Constant time, so a response's timing never says how much of a hash matched. */
export function hashesEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/** Hashed against when there is nothing to compare with, so a miss costs what a hit does. */
export const DUMMY_HASH = sha256Hex('pledge-dummy-token');

/** A six-digit code; uniform over 000000–999999. */
export function generateCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** Codes have only 20 bits, so they are salted with their challenge's id (no cross-challenge tables). */
export function hashCode(challengeId: string, code: string): string {
  return sha256Hex(`${challengeId}:${code}`);
}

// Crockford base32: no I, L, O or U, so a reference read out on the phone is unambiguous.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `R-XXXXX-XXXXX`: 50 random bits. Not a secret (it is in every mail), but not guessable either. */
export function generateReference(): string {
  const bytes = randomBytes(10);
  const chars = Array.from(bytes, (b) => ALPHABET[b % 32]).join('');
  return `R-${chars.slice(0, 5)}-${chars.slice(5)}`;
}

export const REFERENCE_PATTERN = /^R-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/;

/** Lower-cased and trimmed; the local part is otherwise kept as given (RFC 5321 §2.4 lets it be case-sensitive, but no provider is). */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The identity key for rate limits, repeat detection and mail caps. */
export function emailHash(email: string): string {
  return sha256Hex(`email:${normaliseEmail(email)}`);
}
