import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { gpcHeaderOf, hashUserAgent, regionOf, subjectKeyOf, truncateIp } from './consent-request-data.ts';

describe('what the server derives from a consent request', () => {
  it('truncates IPv4 to /24 and IPv6 to /48, treating IPv4-mapped addresses as IPv4', () => {
    expect(truncateIp('203.0.113.77')).toBe('203.0.113.0/24');
    expect(truncateIp('::ffff:198.51.100.9')).toBe('198.51.100.0/24');
    expect(truncateIp('2001:db8:85a3:8d3:1319:8a2e:370:7348')).toBe('2001:db8:85a3::/48');
    expect(truncateIp('2001:0db8:0001::1')).toBe('2001:db8:1::/48');
    expect(truncateIp('2001:db8::1')).toBe('2001:db8:0::/48');
    expect(truncateIp('::1')).toBe('0:0:0::/48');
    expect(truncateIp('fe80::1%eth0')).toBe('fe80:0:0::/48');
    expect(truncateIp('not an ip')).toBeNull();
    expect(truncateIp(undefined)).toBeNull();
  });

  it('counts Sec-GPC only with the exact value 1', () => {
    expect(gpcHeaderOf('1')).toBe(true);
    for (const other of [undefined, '0', ' 1', '1 ', 'true', '01', ['1', '1']]) expect(gpcHeaderOf(other)).toBe(false);
  });

  it('takes the region from the preferred Accept-Language range only, or says it cannot tell', () => {
    expect(regionOf('nl-NL,nl;q=0.9,en;q=0.8')).toEqual({ region: 'NL', regionSource: 'accept-language' });
    expect(regionOf('en;q=0.5, de-at')).toEqual({ region: 'AT', regionSource: 'accept-language' });
    expect(regionOf('zh-Hant-TW')).toEqual({ region: 'TW', regionSource: 'accept-language' });
    expect(regionOf('en, nl-NL;q=0.8')).toEqual({ region: null, regionSource: 'none' });
    expect(regionOf('es-419')).toEqual({ region: null, regionSource: 'none' });
    expect(regionOf(undefined)).toEqual({ region: null, regionSource: 'none' });
  });

  it('hashes user agents with the secret and subject ids without one', () => {
    const ua = 'Mozilla/5.0 (X11; Linux x86_64)';
    expect(hashUserAgent(ua, 'k'.repeat(32))).toMatch(/^[0-9a-f]{64}$/);
    expect(hashUserAgent(ua, 'k'.repeat(32))).not.toBe(hashUserAgent(ua, 'j'.repeat(32)));
    expect(hashUserAgent(undefined, 'k'.repeat(32))).toBeNull();
    // Anyone holding the cookie can check a proof: the subject key is a plain SHA-256 of the 128-bit random id.
    const id = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';
    expect(subjectKeyOf(id)).toBe(createHash('sha256').update(id).digest('hex'));
  });
});
