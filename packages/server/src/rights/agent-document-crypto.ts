import { open, seal } from '../crypto/sealed-box.ts';

/** 5 MB: a scan or photo of a signed letter fits; anything bigger is refused before it is stored (attack 12). */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

const SIGNATURES: ReadonlyArray<{ type: string; bytes: readonly number[] }> = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

/** The type the content itself shows (its magic bytes), whatever the upload claimed; null for anything else. */
export function detectDocumentType(content: Buffer): string | null {
  return SIGNATURES.find((s) => s.bytes.every((b, i) => content[i] === b))?.type ?? null;
}

export interface SealedDocument {
  iv: Buffer;
  authTag: Buffer;
  ciphertext: Buffer;
}

/** AES-256-GCM with a fresh 96-bit IV per document (NIST SP 800-38D §8.2); the request id is bound in as AAD. */
export function sealDocument(key: Buffer, requestId: string, content: Buffer): SealedDocument {
  const { iv, tag, ciphertext } = seal(key, content, requestId);
  return { iv, authTag: tag, ciphertext };
}

/** Throws when the ciphertext, tag or request id do not match. */
export function openDocument(key: Buffer, requestId: string, sealed: SealedDocument): Buffer {
  return open(key, { iv: sealed.iv, tag: sealed.authTag, ciphertext: sealed.ciphertext }, requestId);
}
