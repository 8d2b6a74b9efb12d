import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadManifest } from '../loader/load-manifest.ts';
import type { Manifest } from '../schema/manifest.ts';
import { BANNER_CATALOGUES } from './banner-texts.ts';
import { compileBannerConfig, formatDuration } from './banner-config.ts';

const MINIMAL = readFileSync(new URL('../fixtures/minimal.yaml', import.meta.url), 'utf8');

function manifestWith(change: (raw: Record<string, any>) => void = () => {}): Manifest {
  const raw = parse(MINIMAL) as Record<string, any>;
  change(raw);
  const result = loadManifest(stringify(raw));
  if (!result.ok) throw new Error(JSON.stringify(result.findings, null, 2));
  return result.manifest;
}

describe('compileBannerConfig', () => {
  it('lists only the categories present, with their cookies, and adds the consent cookie as strictly necessary', () => {
    const config = compileBannerConfig(manifestWith(), { lang: 'en' });
    expect(config.categories.map((c) => c.id)).toEqual(['strictly_necessary', 'analytics']);
    const [necessary, analytics] = config.categories;
    expect(necessary?.required).toBe(true);
    expect(necessary?.cookies.map((c) => c.name)).toEqual(['session', 'pledge_consent']);
    expect(analytics).toMatchObject({ required: false, name: 'Analytics', vendors: [] });
    expect(analytics?.cookies[0]).toEqual({
      name: '_pk_id.*', kind: 'cookie', provider: 'Matomo (self-hosted)', party: 'first', duration: '13 months',
      purpose: 'Counts visits without sharing them with anyone',
    });
    expect(config.texts.body).toBe('Acme Shop uses cookies that the site needs to work. With your permission we also use cookies for statistics. You can change your choice at any time under “Privacy settings”.');
  });

  it('gives texts in the requested language only, falling back to the notice default', () => {
    const nl = compileBannerConfig(manifestWith(), { lang: 'nl-NL' });
    expect(nl.language).toBe('nl');
    expect(nl.texts.acceptAll).toBe('Alles accepteren');
    expect(nl.categories[1]?.cookies[0]?.purpose).toBe('Telt bezoeken zonder ze met iemand te delen');
    expect(nl.categories[1]?.cookies[0]?.duration).toBe('13 maanden');
    // German is not among the notice's languages (en, nl): the default language (nl) is served.
    expect(compileBannerConfig(manifestWith(), { lang: 'de' }).language).toBe('nl');
    expect(compileBannerConfig(manifestWith()).language).toBe('nl');
    const json = JSON.stringify(nl);
    expect(json).not.toContain('Accept all');
    expect(json).not.toContain('Counts visits');
  });

  it('serves German when the notice is written in German', () => {
    const config = compileBannerConfig(manifestWith((m) => (m.notice.languages = ['en', 'nl', 'de'])), { lang: 'de-AT' });
    expect(config.texts.rejectAll).toBe('Alle ablehnen');
    expect(config.texts.gpcNote).toContain('Global Privacy Control');
  });

  it('turns expiries into whole days, rounding down', () => {
    const config = compileBannerConfig(manifestWith());
    expect(config.consentExpiryDays).toBe(365);
    expect(config.refusalExpiryDays).toBe(182);
    const short = compileBannerConfig(manifestWith((m) => (m.cookieSettings = { consentExpiry: 'P13M', refusalExpiry: 'P30D' })));
    expect([short.consentExpiryDays, short.refusalExpiryDays]).toEqual([395, 30]);
  });

  it('maps Consent Mode v2 parameters to categories, security storage always granted', () => {
    expect(compileBannerConfig(manifestWith()).consentMode).toEqual({
      ad_storage: 'advertising', ad_user_data: 'advertising', ad_personalization: 'advertising',
      analytics_storage: 'analytics', functionality_storage: 'functional', personalization_storage: 'functional',
      security_storage: null,
    });
  });

  it('carries the GPC and DNT stances as the categories they switch off', () => {
    const base = compileBannerConfig(manifestWith());
    expect(base.gpc).toEqual({ honoured: true, detected: false, off: ['analytics'] });
    expect(base.dnt).toEqual({ honoured: false, off: [] });
    expect(compileBannerConfig(manifestWith(), { gpc: true }).gpc.detected).toBe(true);

    const withAds = manifestWith((m) => {
      m.cookies.push({ name: '_fbp', provider: 'Meta', party: 'third', category: 'advertising', duration: 'P3M', purpose: 'Ads' });
      m.stances.globalPrivacyControl = { honoured: true, effect: ['opt_out_sale', 'opt_out_share'] };
      m.stances.doNotTrack = 'honoured';
    });
    const config = compileBannerConfig(withAds);
    expect(config.gpc.off).toEqual(['advertising']);
    expect(config.dnt).toEqual({ honoured: true, off: ['analytics', 'advertising'] });
    const ignored = compileBannerConfig(manifestWith((m) => (m.stances.globalPrivacyControl = { honoured: false })));
    expect(ignored.gpc).toEqual({ honoured: false, detected: false, off: [] });
  });

  it('lists the vendors behind cookies, with the scripts that set them', () => {
    const config = compileBannerConfig(
      manifestWith((m) => {
        m.recipients.push({
          id: 'youtube', name: 'YouTube (Google Ireland)', type: 'independent_controller', service: { en: 'Plays embedded videos', nl: 'Speelt ingesloten video’s af' },
          country: 'IE', categories: ['online.cookie_id'], purposes: ['analytics'], privacyPolicyUrl: 'https://policies.google.com/privacy',
        });
        m.cookies.push({
          name: 'VISITOR_INFO1_LIVE', provider: 'YouTube', recipient: 'youtube', party: 'third', category: 'advertising', duration: 'P6M',
          purpose: { en: 'Estimates bandwidth and tracks views', nl: 'Schat bandbreedte en volgt weergaven' }, domain: '.youtube.com',
          setBy: ['https://www.youtube.com/embed/'],
        });
      }),
      { lang: 'en' },
    );
    const ads = config.categories.find((c) => c.id === 'advertising');
    expect(ads?.vendors).toEqual(['youtube']);
    expect(ads?.cookies[0]).toMatchObject({ vendor: 'youtube', domain: '.youtube.com', setBy: ['https://www.youtube.com/embed/'], duration: '6 months' });
    expect(config.vendors).toEqual([
      { id: 'youtube', name: 'YouTube (Google Ireland)', service: 'Plays embedded videos', country: 'IE', privacyPolicyUrl: 'https://policies.google.com/privacy' },
    ]);
    expect(config.texts.body).toContain('for statistics and advertising.');
  });

  it('versions the texts by hash: stable for the same input, different when what is shown changes', () => {
    const a = compileBannerConfig(manifestWith(), { lang: 'en' });
    expect(compileBannerConfig(manifestWith(), { lang: 'en', gpc: true, noticeVersion: 'v2' }).textVersion).toBe(a.textVersion);
    expect(a.textVersion).toMatch(/^[0-9a-f]{64}$/);
    expect(compileBannerConfig(manifestWith(), { lang: 'nl' }).textVersion).not.toBe(a.textVersion);
    const changed = manifestWith((m) => (m.cookies[1].purpose.en = 'Counts visits'));
    expect(compileBannerConfig(changed, { lang: 'en' }).textVersion).not.toBe(a.textVersion);
  });

  it('passes the notice version, renewal instant and test mode through, and is plain JSON', () => {
    const config = compileBannerConfig(manifestWith(), { noticeVersion: '2026-01-01.1', renewBefore: '2026-03-01T00:00:00Z', testMode: true });
    expect(config).toMatchObject({ noticeVersion: '2026-01-01.1', renewBefore: '2026-03-01T00:00:00.000Z', testMode: true });
    expect(compileBannerConfig(manifestWith()).noticeVersion).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });

  it('says so when only strictly necessary cookies are used', () => {
    const config = compileBannerConfig(manifestWith((m) => (m.cookies = [m.cookies[0]])), { lang: 'en' });
    expect(config.categories.map((c) => c.id)).toEqual(['strictly_necessary']);
    expect(config.texts.body).toBe('Acme Shop only uses cookies that the site needs to work.');
  });
});

describe('formatDuration', () => {
  it('writes durations in words', () => {
    expect(formatDuration('session', BANNER_CATALOGUES.en)).toBe('Session');
    expect(formatDuration('P1Y6M', BANNER_CATALOGUES.en)).toBe('1 year 6 months');
    expect(formatDuration('P2Y', BANNER_CATALOGUES.de)).toBe('2 Jahre');
    expect(formatDuration('P1D', BANNER_CATALOGUES.nl)).toBe('1 dag');
  });
});
