import { describe, expect, it } from 'vitest';
import { BUILTIN_SUBJECTS } from '../schema/data-map.ts';
import { resolveCategory } from './resolve-category.ts';
import { resolveSubjectLabel, SUBJECT_LABELS } from './subject-labels.ts';

const manifest = {
  notice: { defaultLanguage: 'nl' as const },
  customCategories: [
    { id: 'loyalty.points', label: 'Spaarpunten', special: false, ccpaSensitive: false },
    { id: 'criminal.fraud_register', label: { en: 'Fraud register entry' }, special: true },
    { id: 'wellbeing.mood', label: { en: 'Mood', nl: 'Stemming' }, description: { en: 'How you feel' }, special: true, ccpaSensitive: true },
    { id: 'special.health', label: 'Gezondheid', special: false },
  ],
};

describe('resolveCategory', () => {
  it('returns a built-in category with all three languages', () => {
    const email = resolveCategory('contact.email');
    expect(email).toMatchObject({ id: 'contact.email', origin: 'taxonomy', special: false, ccpaSensitive: false });
    expect(email?.label).toEqual({ en: 'E-mail address', nl: 'E-mailadres', de: 'E-Mail-Adresse' });
  });

  it('finds a custom category and reads a plain-string label as the default language', () => {
    expect(resolveCategory('loyalty.points', manifest)).toEqual({
      id: 'loyalty.points', label: { nl: 'Spaarpunten' }, description: {}, special: false, criminal: false, ccpaSensitive: false, origin: 'custom',
    });
  });

  it('carries the flags of a custom special category', () => {
    expect(resolveCategory('wellbeing.mood', manifest)).toMatchObject({ special: true, criminal: false, ccpaSensitive: true, description: { en: 'How you feel' } });
  });

  it('reads a flagged custom category in criminal.* as Art. 10 data', () => {
    expect(resolveCategory('criminal.fraud_register', manifest)).toMatchObject({ special: false, criminal: true });
  });

  it('keeps the built-in flags when a custom category reuses a built-in id', () => {
    expect(resolveCategory('special.health', manifest)).toMatchObject({ origin: 'taxonomy', special: true });
  });

  it('returns undefined for an unknown id', () => {
    expect(resolveCategory('nothing.here', manifest)).toBeUndefined();
    expect(resolveCategory('loyalty.points')).toBeUndefined();
  });
});

describe('SUBJECT_LABELS', () => {
  it('labels every built-in subject in every language', () => {
    for (const id of BUILTIN_SUBJECTS) {
      const label = SUBJECT_LABELS[id];
      expect(label.en && label.nl && label.de, id).toBeTruthy();
    }
  });

  it('resolves custom subjects from the manifest', () => {
    expect(resolveSubjectLabel('customer')?.nl).toBe('Klanten');
    expect(resolveSubjectLabel('patient', { customSubjects: [{ id: 'patient', label: 'Patiënten' }], notice: { defaultLanguage: 'nl' } })).toEqual({ nl: 'Patiënten' });
    expect(resolveSubjectLabel('toString')).toBeUndefined();
  });
});
