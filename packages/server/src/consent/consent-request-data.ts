// What the server itself derives from a consent request, so the browser cannot choose it: the truncated IP, the
// user-agent hash, the GPC header and the region. Nothing here calls out to a third party.
import { createHash, createHmac } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';

/** The ledger's subject key: SHA-256 (hex) of the banner's 128-bit random subject id. */
export function subjectKeyOf(subjectId: string): string {
  return createHash('sha256').update(subjectId.toLowerCase(), 'utf8').digest('hex');
}

/** GPC spec §3: the header counts only with the exact value `1`. */
export function gpcHeaderOf(value: string | string[] | undefined): boolean {
  return value === '1';
}

/** HMAC-SHA-256 with the server's secret: recognises a repeated user agent without storing it. */
export function hashUserAgent(userAgent: string | undefined, secret: string): string | null {
  if (!userAgent) return null;
  return createHmac('sha256', secret).update(userAgent, 'utf8').digest('hex');
}

/** IPv4 to its /24, IPv6 to its /48 (an IPv4-mapped IPv6 address counts as IPv4): enough for abuse, not for a person. */
export function truncateIp(ip: string | undefined): string | null {
  if (!ip) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  const v4 = mapped ? mapped[1]! : ip;
  if (isIPv4(v4)) return `${v4.split('.').slice(0, 3).join('.')}.0/24`;
  if (!isIPv6(ip)) return null;
  const groups = expandIPv6(ip.split('%')[0]!);
  return `${groups.slice(0, 3).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/48`;
}

function expandIPv6(ip: string): string[] {
  const [head, tail] = ip.includes('::') ? ip.split('::') : [ip, undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // A trailing dotted quad (::ffff:1.2.3.4 forms) counts for two groups; only the first three groups are kept anyway.
  const width = (parts: string[]) => parts.reduce((n, p) => n + (p.includes('.') ? 2 : 1), 0);
  const zeros = tail === undefined ? [] : Array.from({ length: 8 - width(left) - width(right) }, () => '0');
  return [...left, ...zeros, ...right].map((g) => g.toLowerCase());
}

export interface Region {
  region: string | null;
  regionSource: 'accept-language' | 'none';
}

/**
 * The region the server can tell from the request alone: the country subtag of the preferred Accept-Language
 * range (RFC 9110 §12.5.4, BCP 47), e.g. `nl-NL` → NL. A hint of where the person is, not geolocation.
 */
export function regionOf(acceptLanguage: string | undefined): Region {
  const ranges = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.tag !== '' && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  // Only the preferred range: a country named further down the list says little about where the person is.
  const country = /^[a-z]{2,3}(?:-[a-z]{4})?-([a-z]{2})(?:-|$)/i.exec(ranges[0]?.tag ?? '')?.[1];
  return country ? { region: country.toUpperCase(), regionSource: 'accept-language' } : { region: null, regionSource: 'none' };
}
