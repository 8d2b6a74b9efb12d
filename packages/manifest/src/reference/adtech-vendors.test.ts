import { describe, expect, it } from 'vitest';
import { ADTECH_VENDORS, cookieNamesOverlap, findAdtechVendorByCookie, findAdtechVendorByScript } from './adtech-vendors.ts';
import { loadOpenCookieDatabase } from './open-cookie-database.ts';

describe('ADTECH_VENDORS', () => {
  it('has unique ids and at least one cookie and script host each', () => {
    const ids = ADTECH_VENDORS.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const vendor of ADTECH_VENDORS) {
      expect(vendor.cookies.length, vendor.id).toBeGreaterThan(0);
      expect(vendor.scriptHosts.length, vendor.id).toBeGreaterThan(0);
    }
  });

  it('lists only cookies the Open Cookie Database knows (except Criteo, which it lacks)', () => {
    const db = loadOpenCookieDatabase();
    for (const vendor of ADTECH_VENDORS.filter((v) => v.id !== 'criteo')) {
      for (const cookie of vendor.cookies) {
        const known = cookie.endsWith('*')
          ? db.entries.some((e) => e.name.startsWith(cookie.slice(0, -1)))
          : db.lookup(cookie) !== undefined;
        expect(known, `${vendor.id}: ${cookie}`).toBe(true);
      }
    }
  });
});

describe('cookie matching', () => {
  it('matches exact names and prefix patterns both ways', () => {
    expect(cookieNamesOverlap('_fbp', '_fbp')).toBe(true);
    expect(cookieNamesOverlap('_gcl_*', '_gcl_au')).toBe(true);
    expect(cookieNamesOverlap('_gcl_au', '_gcl_*')).toBe(true);
    expect(cookieNamesOverlap('_gcl_*', '_gc*')).toBe(true);
    expect(cookieNamesOverlap('_fbp', '_fbpx')).toBe(false);
  });

  it('finds the vendor of a cookie or a script', () => {
    expect(findAdtechVendorByCookie('_fbp')?.id).toBe('meta');
    expect(findAdtechVendorByCookie('_gcl_aw')?.id).toBe('google-ads');
    expect(findAdtechVendorByCookie('li_sugr')?.id).toBe('linkedin');
    expect(findAdtechVendorByCookie('session')).toBeUndefined();
    expect(findAdtechVendorByScript('https://connect.facebook.net/en_US/fbevents.js')?.id).toBe('meta');
    expect(findAdtechVendorByScript('https://static.criteo.net/js/ld/publishertag.js')?.id).toBe('criteo');
    expect(findAdtechVendorByScript('https://www.googletagmanager.com/gtag/js')).toBeUndefined();
    expect(findAdtechVendorByScript('not a url')).toBeUndefined();
  });
});
