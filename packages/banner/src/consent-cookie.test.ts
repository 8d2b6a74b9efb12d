import { describe, expect, it } from 'vitest';
import { consentCookieString, cookieNames, decodeChoice, encodeChoice, readCookie } from './consent-cookie.ts';
import type { Choice } from './types.ts';

const choice: Choice = {
  subjectId: '0f1e2d3c4b5a69788796a5b4c3d2e1f0',
  time: Date.UTC(2026, 0, 2, 3, 4, 5),
  method: 'custom',
  categories: { analytics: true, advertising: false, social_media: false },
  vendors: { meta: false, 'you-tube_2': true },
  receipt: 'rcpt:01J; x',
};

describe('the consent cookie value', () => {
  it('round-trips a choice', () => {
    expect(decodeChoice(encodeChoice(choice))).toEqual(choice);
    const { receipt: _r, ...withoutReceipt } = choice;
    expect(decodeChoice(encodeChoice(withoutReceipt))).toEqual(withoutReceipt);
  });

  it('holds only cookie-octets (RFC 6265 §4.1.1)', () => {
    const value = encodeChoice(choice);
    for (const ch of value) {
      const code = ch.charCodeAt(0);
      const octet = code === 0x21 || (code >= 0x23 && code <= 0x2b) || (code >= 0x2d && code <= 0x3a) || (code >= 0x3c && code <= 0x5b) || (code >= 0x5d && code <= 0x7e);
      expect(octet, `"${ch}" in ${value}`).toBe(true);
    }
  });

  it('ignores what is not a choice', () => {
    for (const bad of [undefined, '', 'garbage', 's=&t=1', 's=abc&t=!']) expect(decodeChoice(bad), String(bad)).toBeUndefined();
  });
});

describe('document.cookie strings', () => {
  it('reads names and values', () => {
    const jar = 'a=1; pledge_consent=s=x&t=1; _pk_id.1.1fff=abc=def';
    expect(cookieNames(jar)).toEqual(['a', 'pledge_consent', '_pk_id.1.1fff']);
    expect(readCookie('pledge_consent', jar)).toBe('s=x&t=1');
    expect(readCookie('_pk_id.1.1fff', jar)).toBe('abc=def');
    expect(readCookie('missing', jar)).toBeUndefined();
    expect(cookieNames('')).toEqual([]);
  });

  it('stores the choice first-party: Max-Age, Path=/, SameSite=Lax, Secure only on https', () => {
    expect(consentCookieString('v', 365 * 86400, false)).toBe('pledge_consent=v; Max-Age=31536000; Path=/; SameSite=Lax');
    expect(consentCookieString('v', 10.7, true, '.example.com')).toBe('pledge_consent=v; Max-Age=10; Path=/; Domain=.example.com; SameSite=Lax; Secure');
  });
});
