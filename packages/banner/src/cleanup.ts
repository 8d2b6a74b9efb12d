/// <reference lib="dom" />
import { cookieNames } from './consent-cookie.ts';
import type { BannerCookie } from '../../manifest/src/compile/banner-config.ts';

const matches = (pattern: string, name: string): boolean =>
  pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;

/**
 * The `document.cookie` assignments that delete cookie `name` wherever a script may have set it. RFC 6265 §5.3:
 * a cookie is identified by name, domain and path, so each combination is expired (Max-Age=0, §5.2.2): host-only
 * and every parent domain (§5.1.3 domain-match; the browser ignores public suffixes), the declared path, `/`
 * and the current default-path (§5.1.4, what a script that sets no Path gets).
 */
export function cookieDeletions(name: string, host: string, pagePath: string, declared: { domain?: string; path?: string }): string[] {
  const labels = host.split('.');
  const domains: (string | undefined)[] = [undefined, declared.domain];
  if (!/^[\d.]+$|:/.test(host)) for (let i = 0; i < labels.length - 1; i++) domains.push(labels.slice(i).join('.'));
  const defaultPath = pagePath.slice(0, pagePath.lastIndexOf('/')) || '/';
  const paths = [...new Set([declared.path || '/', '/', defaultPath])];
  const out: string[] = [];
  for (const d of new Set(domains)) for (const p of paths) out.push(name + '=; Max-Age=0; Path=' + p + (d ? '; Domain=' + d : ''));
  return out;
}

/** Deletes a declared cookie or storage key (a trailing `*` matches a prefix) from this page's reach. */
export function deleteDeclared(c: BannerCookie): void {
  if (c.kind === 'cookie') {
    const names = c.name.endsWith('*') ? cookieNames(document.cookie).filter((n) => matches(c.name, n)) : [c.name];
    for (const n of names) for (const s of cookieDeletions(n, location.hostname, location.pathname, c)) document.cookie = s;
  } else if (c.kind === 'local_storage' || c.kind === 'session_storage') {
    try {
      const store = c.kind === 'local_storage' ? localStorage : sessionStorage;
      for (const key of Object.keys(store)) if (matches(c.name, key)) store.removeItem(key);
    } catch {
      // Storage can be unavailable (sandboxed frames, blocked storage): nothing to delete then.
    }
  }
}
