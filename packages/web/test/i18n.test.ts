import { describe, expect, it } from 'vitest';
import { CATALOGUES, detectLanguage, translate, UI_LANGUAGES } from '../src/i18n/i18n.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI catalogues', () => {
  const en = CATALOGUES.en;
  it.each(UI_LANGUAGES.filter((l) => l !== 'en'))('%s has exactly the English keys, the same placeholders and no empty text', (lang) => {
    const other = CATALOGUES[lang];
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      const translated = other[key as keyof typeof en];
      expect(translated.trim(), `${lang} ${key}`).not.toBe('');
      expect(placeholders(translated), `${lang} ${key}`).toEqual(placeholders(text));
    }
  });

  it('has a name and a hint for every request type the server knows, and a word for every request state', async () => {
    const { REQUEST_TYPES } = await import('../../server/src/rights/request-types.ts');
    const { REQUEST_STATES } = await import('../../server/src/rights/request-state-machine.ts');
    for (const type of REQUEST_TYPES) expect(Object.keys(en)).toEqual(expect.arrayContaining([`right.${type}`, `right.${type}.hint`]));
    for (const state of REQUEST_STATES) expect(Object.keys(en)).toContain(`state.${state}`);
  });

  it('has words for every timeline event the server shows a person, and a general phrase for any other', async () => {
    const { PERSON_EVENT_KINDS } = await import('../../server/src/rights/person-events.ts');
    for (const kind of PERSON_EVENT_KINDS) expect(Object.keys(en)).toContain(`event.${kind}`);
    const { timelineWords } = await import('../src/center/timeline-words.ts');
    const say = (kind: string, state: string | null = null) => timelineWords((key, values) => translate('nl', key, values), { at: '', kind, state, reason: null });
    expect(say('reply_sent')).toBe('We hebben je een bericht per e-mail gestuurd');
    expect(say('state_changed', 'verified')).toBe('Status gewijzigd: Bevestigd');
    expect(say('package_mailed_in_a_later_version')).toBe('Je verzoek is bijgewerkt');
  });
});

describe('language choice', () => {
  it('prefers a remembered choice, then the browser’s languages by their first two letters, then English', () => {
    expect(detectLanguage('de', ['nl-NL'])).toBe('de');
    expect(detectLanguage(null, ['fr-FR', 'nl-BE', 'en'])).toBe('nl');
    expect(detectLanguage('xx', ['fr'])).toBe('en');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('nl', 'request.stepOf', { n: 1, total: 3 })).toBe('Stap 1 van 3');
    expect(translate('en', 'request.stepOf', { n: 2 })).toBe('Step 2 of {total}');
  });
});
