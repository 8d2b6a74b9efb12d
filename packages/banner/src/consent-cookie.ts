import type { Choice, ConsentMethod } from './types.ts';

export const CONSENT_COOKIE = 'pledge_consent';

// RFC 6265 §4.1.1: a cookie-value is cookie-octets only (no whitespace, DQUOTE, comma, semicolon or backslash).
// URLSearchParams percent-encodes everything but [A-Za-z0-9*-._], and `.` and `*` (our separators) are cookie-octets.
const pairs = (m: Record<string, boolean>): string =>
  Object.keys(m)
    .map((k) => k + '.' + (m[k] ? 1 : 0))
    .join('*');

function unpairs(s: string | null): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const kv of s ? s.split('*') : []) {
    const [k, v] = kv.split('.');
    if (k) out[k] = v === '1';
  }
  return out;
}

export function encodeChoice(c: Choice): string {
  const p = new URLSearchParams({ s: c.subjectId, t: c.time.toString(36), m: c.method, c: pairs(c.categories), v: pairs(c.vendors) });
  if (c.receipt) p.set('r', c.receipt);
  return p.toString();
}

export function decodeChoice(value: string | undefined): Choice | undefined {
  if (!value) return;
  const p = new URLSearchParams(value);
  const subjectId = p.get('s');
  const time = parseInt(p.get('t') || '', 36);
  if (!subjectId || !(time > 0)) return;
  const choice: Choice = { subjectId, time, method: (p.get('m') || 'custom') as ConsentMethod, categories: unpairs(p.get('c')), vendors: unpairs(p.get('v')) };
  const receipt = p.get('r');
  if (receipt) choice.receipt = receipt;
  return choice;
}

/** The names in a `document.cookie` string (RFC 6265 §5.4: `name=value` pairs joined by "; "). */
export function cookieNames(cookieString: string): string[] {
  return cookieString ? cookieString.split('; ').map((pair) => pair.split('=')[0]!) : [];
}

export function readCookie(name: string, cookieString: string): string | undefined {
  for (const pair of cookieString ? cookieString.split('; ') : []) {
    const eq = pair.indexOf('=');
    if (pair.slice(0, eq) === name) return pair.slice(eq + 1);
  }
}

/** The `document.cookie` assignment that stores the choice. */
export function consentCookieString(value: string, maxAgeSeconds: number, secure: boolean, domain?: string | null): string {
  return (
    CONSENT_COOKIE + '=' + value +
    // RFC 6265 §4.1.2.2: Max-Age takes precedence over Expires and does not depend on the visitor's clock.
    '; Max-Age=' + Math.max(0, Math.floor(maxAgeSeconds)) +
    // §4.1.2.4: without Path the default-path would be the current directory; every page must read the same choice.
    '; Path=/' +
    // §4.1.2.3: Domain only when the site shares the choice with its subdomains; otherwise host-only.
    (domain ? '; Domain=' + domain : '') +
    // RFC 6265bis SameSite: never needed on cross-site subrequests; Lax keeps it on top-level navigations.
    '; SameSite=Lax' +
    // §4.1.2.5: only over secure channels when the page is https.
    (secure ? '; Secure' : '')
  );
}
