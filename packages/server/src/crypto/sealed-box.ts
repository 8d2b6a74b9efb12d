import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** AES-256-GCM ciphertext with its random 96-bit IV and 128-bit authentication tag (NIST SP 800-38D). */
export interface Sealed {
  iv: Buffer;
  tag: Buffer;
  ciphertext: Buffer;
}

/**
 * Encrypts under `key`, bound to `context` (additional authenticated data, e.g. the request id): a ciphertext
 * copied onto another request's row fails to open, as does any changed byte.
 */
export function seal(key: Buffer, plaintext: Buffer, context: string): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), ciphertext };
}

/** Throws when the key, context, IV, tag or any byte of the ciphertext is not what was sealed. */
export function open(key: Buffer, sealed: { iv: Uint8Array; tag: Uint8Array; ciphertext: Uint8Array }, context: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.iv);
  decipher.setAAD(Buffer.from(context, 'utf8'));
  decipher.setAuthTag(Buffer.from(sealed.tag));
  return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
}
