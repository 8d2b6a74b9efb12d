import { describe, expect, it } from 'vitest';
import { IsoDuration } from '../schema/common.ts';
import {
  loadOpenCookieDatabase, lookupCookie, mapOpenCookieCategory, normaliseRetention, OpenCookieDatabase, parseOpenCookieDatabase,
} from './open-cookie-database.ts';

const HEADER = 'ID,Platform,Category,Cookie / Data Key name,Domain,Description,Retention period,Data Controller,User Privacy & GDPR Rights Portals,Wildcard match';

describe('parseOpenCookieDatabase', () => {
  it('reads rows with quoted descriptions and both wildcard styles', () => {
    const csv = [
      HEADER,
      'a1,Acme,Analytics,acme_id,,"Counts visits, ""roughly""",1 year,Acme,https://acme.example,0',
      'a2,Acme,Marketing,acme_ad_,,Ads,30 minutes,Acme,,1',
      'a3,Acme,Functional,acme_pref*,,Prefs,Session,Acme,,0',
      '',
    ].join('\n');
    const entries = parseOpenCookieDatabase(csv);
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatchObject({ name: 'acme_id', description: 'Counts visits, "roughly"', category: 'analytics', retention: 'P1Y', wildcard: false });
    expect(entries[1]).toMatchObject({ name: 'acme_ad_', category: 'advertising', retention: 'P1D', wildcard: true });
    expect(entries[2]).toMatchObject({ name: 'acme_pref', wildcard: true, retention: 'session', category: 'functional' });

    const db = new OpenCookieDatabase(entries);
    expect(db.lookup('acme_ad_123')?.platform).toBe('Acme');
    expect(db.lookup('acme_ad_*')?.category).toBe('advertising');
    expect(db.lookup('acme_id_2')).toBeUndefined();
  });

  it('fails loudly when a column is missing', () => {
    expect(() => parseOpenCookieDatabase('ID,Platform\n1,x\n')).toThrow(/missing column/);
  });
});

describe('mapOpenCookieCategory and normaliseRetention', () => {
  it('maps the database categories to Pledge’s', () => {
    expect(mapOpenCookieCategory('Functional')).toBe('functional');
    expect(mapOpenCookieCategory('Personalization')).toBe('functional');
    expect(mapOpenCookieCategory('Security')).toBe('strictly_necessary');
    expect(mapOpenCookieCategory('Necessary')).toBe('strictly_necessary');
    expect(mapOpenCookieCategory('Analytics')).toBe('analytics');
    expect(mapOpenCookieCategory('Marketing')).toBe('advertising');
    expect(mapOpenCookieCategory('Other')).toBeUndefined();
  });

  it('turns free-text lifetimes into schema durations', () => {
    expect(normaliseRetention('2 years')).toBe('P2Y');
    expect(normaliseRetention('1 Year')).toBe('P1Y');
    expect(normaliseRetention('13 months')).toBe('P13M');
    expect(normaliseRetention('2 Weeks')).toBe('P2W');
    expect(normaliseRetention('389 days')).toBe('P389D');
    expect(normaliseRetention('24 hours')).toBe('P1D');
    expect(normaliseRetention('36 hours')).toBe('P2D');
    expect(normaliseRetention('30 mins')).toBe('P1D');
    expect(normaliseRetention('End of session (browser)')).toBe('session');
    expect(normaliseRetention('Unknown')).toBeUndefined();
    expect(normaliseRetention('2 years after last activity')).toBeUndefined();
  });
});

describe('the shipped Open Cookie Database', () => {
  it('loads every row with a valid lifetime where one is given', () => {
    const db = loadOpenCookieDatabase();
    expect(db.entries.length).toBeGreaterThan(2000);
    for (const entry of db.entries) {
      if (entry.retention && entry.retention !== 'session') expect(IsoDuration.safeParse(entry.retention).success, entry.name).toBe(true);
    }
  });

  it('finds well-known cookies', () => {
    expect(lookupCookie('_ga')).toMatchObject({ platform: 'Google Analytics', category: 'analytics', retention: 'P2Y', wildcard: false });
    expect(lookupCookie('_gid')).toMatchObject({ category: 'analytics', retention: 'P1D' });
    expect(lookupCookie('_fbp')).toMatchObject({ platform: 'Facebook', category: 'advertising', retention: 'P4M' });
    expect(lookupCookie('IDE')).toMatchObject({ platform: 'DoubleClick/Google Marketing', category: 'advertising' });
    expect(lookupCookie('_uetsid')).toMatchObject({ category: 'advertising' });
    expect(lookupCookie('bcookie')).toMatchObject({ platform: 'LinkedIn', category: 'advertising' });
  });

  it('honours wildcard entries', () => {
    expect(lookupCookie('_ga_ABC123XYZ')).toMatchObject({ platform: 'Google Analytics', wildcard: true });
    expect(lookupCookie('_ga_*')).toMatchObject({ platform: 'Google Analytics', wildcard: true });
    expect(lookupCookie('_gat_UA-12345-1')).toMatchObject({ platform: 'Google Analytics', category: 'analytics' });
  });

  it('does not invent a match', () => {
    expect(lookupCookie('pledge_consent_totally_unknown')).toBeUndefined();
  });
});
