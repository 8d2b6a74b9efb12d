import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../schema/common.ts';
import { CategoryId } from '../schema/data-map.ts';
import { findTaxonomyCategory, TAXONOMY } from './taxonomy.ts';
import { categoryGroup, TAXONOMY_GROUP_LABELS } from './taxonomy-groups.ts';

const ids = TAXONOMY.map((c) => c.id);

describe('TAXONOMY', () => {
  it('has at least 80 categories with unique, well-formed ids', () => {
    expect(TAXONOMY.length).toBeGreaterThanOrEqual(80);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(CategoryId.safeParse(id).success, id).toBe(true);
  });

  it('gives every entry a label and a description in every language', () => {
    for (const category of TAXONOMY) {
      for (const language of LANGUAGES) {
        expect(category.label[language]?.trim(), `${category.id} label ${language}`).toBeTruthy();
        expect(category.description[language]?.trim(), `${category.id} description ${language}`).toBeTruthy();
      }
      // A translation that is a copy of the English text is a missing translation, except for short shared terms.
      if (category.description.en.length > 40) {
        expect(category.description.nl, category.id).not.toBe(category.description.en);
        expect(category.description.de, category.id).not.toBe(category.description.en);
      }
    }
  });

  it('has a heading for every group', () => {
    for (const id of ids) expect(TAXONOMY_GROUP_LABELS[categoryGroup(id)], id).toBeDefined();
  });

  it('contains the ids the fixtures and examples rely on', () => {
    for (const id of [
      'contact.email', 'identity.name', 'device.ip_address', 'usage.pages_viewed', 'payment.iban',
      'location.precise', 'special.health', 'financial.invoice', 'online.cookie_id',
    ]) {
      expect(findTaxonomyCategory(id), id).toBeDefined();
    }
  });

  it('flags exactly the nine GDPR Art. 9(1) categories as special, all under special.*', () => {
    const art9 = [
      'special.racial_ethnic_origin', 'special.political_opinions', 'special.religious_beliefs',
      'special.trade_union_membership', 'special.genetic', 'special.biometric', 'special.health',
      'special.sex_life', 'special.sexual_orientation',
    ];
    expect(TAXONOMY.filter((c) => c.special).map((c) => c.id).sort()).toEqual([...art9].sort());
    for (const category of TAXONOMY) expect(category.special, category.id).toBe(categoryGroup(category.id) === 'special');
  });

  it('flags criminal data (GDPR Art. 10) under criminal.* and nowhere else', () => {
    const criminal = TAXONOMY.filter((c) => c.criminal);
    expect(criminal.length).toBeGreaterThanOrEqual(2);
    for (const category of TAXONOMY) expect(category.criminal, category.id).toBe(categoryGroup(category.id) === 'criminal');
  });

  it('flags every kind of CCPA §1798.140(ae) sensitive personal information', () => {
    const sensitive = new Set(TAXONOMY.filter((c) => c.ccpaSensitive).map((c) => c.id));
    for (const id of [
      'government_id.national_id', 'government_id.drivers_licence', 'government_id.identity_card', 'government_id.passport',
      'account.password', 'payment.card', 'financial.account_credentials', 'location.precise',
      'special.racial_ethnic_origin', 'demographic.citizenship', 'special.religious_beliefs', 'special.trade_union_membership',
      'communication.private_messages', 'special.genetic', 'special.biometric', 'special.health', 'special.sex_life',
      'special.sexual_orientation', 'sensitive.neural_data',
    ]) {
      expect(sensitive.has(id), id).toBe(true);
    }
    // Political opinions are special under the GDPR but not sensitive under the CCPA.
    expect(sensitive.has('special.political_opinions')).toBe(false);
    // Ordinary identifiers are not sensitive.
    for (const id of ['contact.email', 'device.ip_address', 'payment.iban', 'location.approximate']) expect(sensitive.has(id), id).toBe(false);
  });

  it('covers what the seed notices mention', () => {
    for (const id of [
      'professional.job_title', 'professional.company', 'identity.date_of_birth', 'demographic.gender',
      'professional.employment_history', 'professional.education_history', 'media.photo', 'media.video', 'media.audio',
      'content.posts', 'device.browser', 'usage.access_times', 'online.referrer', 'device.mac_address', 'device.device_id',
      'device.crash_data', 'usage.search_terms', 'usage.clicks', 'location.approximate', 'inferred.affiliation',
      'preferences.settings', 'account.social_login', 'account.invitation', 'professional.licence_number', 'payment.card',
      'payment.billing_details', 'communication.support', 'demographic.country', 'usage.email_engagement',
    ]) {
      expect(findTaxonomyCategory(id), id).toBeDefined();
    }
  });
});
