import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { detectDocumentType, openDocument, sealDocument } from './agent-document-crypto.ts';
import { JPEG, PDF, PNG } from './testing/sample-documents.ts';


describe('agent documents', () => {
  it('reads the type from the magic bytes, not from a name or a claimed type', () => {
    expect(detectDocumentType(PDF)).toBe('application/pdf');
    expect(detectDocumentType(PNG)).toBe('image/png');
    expect(detectDocumentType(JPEG)).toBe('image/jpeg');
    expect(detectDocumentType(Buffer.from('<html><script>alert(1)</script>'))).toBeNull();
    expect(detectDocumentType(Buffer.from('MZ\x90\x00'))).toBeNull(); // a Windows executable
    expect(detectDocumentType(Buffer.alloc(0))).toBeNull();
  });

  it('seals with AES-256-GCM: opens with the key and request id, fails on any change', () => {
    const key = randomBytes(32);
    const sealed = sealDocument(key, 'request-1', PDF);
    expect(sealed.ciphertext.equals(PDF)).toBe(false);
    expect(openDocument(key, 'request-1', sealed).equals(PDF)).toBe(true);
    expect(() => openDocument(randomBytes(32), 'request-1', sealed)).toThrow();
    expect(() => openDocument(key, 'request-2', sealed)).toThrow(); // bound to its request
    const flipped = Buffer.from(sealed.ciphertext);
    flipped[0] = flipped[0]! ^ 1;
    expect(() => openDocument(key, 'request-1', { ...sealed, ciphertext: flipped })).toThrow();
    expect(sealDocument(key, 'request-1', PDF).iv.equals(sealed.iv)).toBe(false); // a fresh IV each time
  });
});
