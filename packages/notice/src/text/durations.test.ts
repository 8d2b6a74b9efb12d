import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../messages/catalogue.ts';
import { plainDuration } from './durations.ts';

const join = (lang: 'en' | 'nl' | 'de') => (parts: string[]) => new Intl.ListFormat(lang === 'en' ? 'en-GB' : lang).format(parts);
const words = (iso: string, lang: 'en' | 'nl' | 'de') => plainDuration(iso, CATALOGUES[lang], join(lang));

describe('plainDuration', () => {
  it.each([
    ['P7Y', '7 years', '7 jaar', '7 Jahre'],
    ['P1Y', '1 year', '1 jaar', '1 Jahr'],
    ['P13M', '13 months', '13 maanden', '13 Monate'],
    ['P1M', '1 month', '1 maand', '1 Monat'],
    ['P30D', '30 days', '30 dagen', '30 Tage'],
    ['P2W', '2 weeks', '2 weken', '2 Wochen'],
    ['P1Y6M', '1 year and 6 months', '1 jaar en 6 maanden', '1 Jahr und 6 Monate'],
  ])('%s in plain words', (iso, en, nl, de) => {
    expect([words(iso, 'en'), words(iso, 'nl'), words(iso, 'de')]).toEqual([en, nl, de]);
  });

  it('describes a session cookie in each language', () => {
    expect(words('session', 'en')).toBe('Until you close your browser');
    expect(words('session', 'nl')).toBe('Tot je je browser sluit');
    expect(words('session', 'de')).toBe('Bis Sie Ihren Browser schließen');
  });
});
