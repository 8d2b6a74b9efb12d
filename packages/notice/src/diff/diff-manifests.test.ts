import type { Manifest } from '@pledge/manifest';
import { describe, expect, it } from 'vitest';
import { loadMinimal } from '../test-support/examples.ts';
import { affectedPurposes } from './affected-purposes.ts';
import type { ManifestChange } from './change-types.ts';
import { diffManifests } from './diff-manifests.ts';
import { summariseChanges } from './summarise-changes.ts';

const before = loadMinimal();
const after = (change: (m: Manifest) => void): Manifest => {
  const m = loadMinimal();
  change(m);
  return m;
};
/** The diff, which must consist of exactly one change, and that change. */
const only = (m: Manifest): ManifestChange => {
  const changes = diffManifests(before, m);
  expect(changes, JSON.stringify(changes.map((c) => [c.kind, c.area, c.id, c.field]))).toHaveLength(1);
  return changes[0]!;
};
const shape = (c: ManifestChange) => ({ kind: c.kind, area: c.area, id: c.id, material: c.material });

describe('diffManifests', () => {
  it('finds nothing between equal manifests', () => {
    expect(diffManifests(before, loadMinimal())).toEqual([]);
  });

  describe('purposes', () => {
    const survey = { id: 'survey', name: { en: 'Asking your opinion', nl: 'Je mening vragen' }, categories: ['contact.email'], lawfulBasis: { gdpr: { basis: 'consent' as const } }, marketing: false, channels: [], profiling: false, automatedDecision: false, sale: false, share: false, targetedAdvertising: false };
    it('a new purpose is material', () => expect(shape(only(after((m) => void m.purposes.push(survey))))).toEqual({ kind: 'added', area: 'purpose', id: 'survey', material: true }));
    it('a removed purpose is reported, not material', () => expect(shape(only(after((m) => void m.purposes.splice(1, 1))))).toEqual({ kind: 'removed', area: 'purpose', id: 'bookkeeping', material: false }));
    it('a reworded purpose is not material', () => {
      const c = only(after((m) => void (m.purposes[0]!.name = { en: 'Handling the orders you place', nl: 'Je bestellingen verwerken' })));
      expect({ ...shape(c), field: c.field }).toEqual({ kind: 'changed', area: 'purpose', id: 'orders', material: false, field: 'wording' });
    });
    it('a new lawful basis is material', () => {
      const c = only(after((m) => void (m.purposes[0]!.lawfulBasis = { gdpr: { basis: 'legitimate_interest' } })));
      expect({ ...shape(c), field: c.field }).toEqual({ kind: 'changed', area: 'purpose', id: 'orders', material: true, field: 'lawfulBasis' });
    });
    it('more data for a purpose is material, less is not', () => {
      expect(only(after((m) => void m.purposes[3]!.categories.push('identity.name'))).material).toBe(true);
      expect(only(after((m) => void m.purposes[0]!.categories.pop())).material).toBe(false);
    });
    it('a new special-category condition is material', () => {
      const c = only(after((m) => void (m.purposes[0]!.specialCategoryCondition = 'explicit_consent')));
      expect({ ...shape(c), field: c.field }).toEqual({ kind: 'changed', area: 'purpose', id: 'orders', material: true, field: 'specialCategoryCondition' });
    });
    it('a new marketing channel is material', () => expect(only(after((m) => void m.purposes[3]!.channels.push('sms'))).material).toBe(true));
  });

  describe('categories', () => {
    it('a new category is material', () => {
      const c = only(after((m) => void m.categories.push({ id: 'contact.phone', sources: ['provided'], subjects: ['customer'], optional: true })));
      expect(shape(c)).toEqual({ kind: 'added', area: 'category', id: 'contact.phone', material: true });
    });
    it('a removed category is not material', () => {
      const changes = diffManifests(before, after((m) => void m.categories.splice(4, 1)));
      expect(changes.find((c) => c.area === 'category')).toMatchObject({ kind: 'removed', id: 'online.cookie_id', material: false });
    });
    it('a new source is material, a new description is not', () => {
      expect(only(after((m) => void m.categories[0]!.sources.push('third_party'))).material).toBe(true);
      expect(only(after((m) => void (m.categories[0]!.description = 'Your e-mail address.'))).material).toBe(false);
    });
  });

  describe('recipients and transfers', () => {
    const crm = { id: 'crm', name: 'HubSpot', type: 'processor' as const, service: 'CRM', country: 'US', additionalCountries: [], categories: ['contact.email'], purposes: ['newsletter'], sale: false, share: false };
    it('a new recipient is material', () => expect(shape(only(after((m) => void m.recipients.push(crm))))).toEqual({ kind: 'added', area: 'recipient', id: 'crm', material: true }));
    it('a removed recipient is not material', () => expect(shape(only(after((m) => void m.recipients.pop())))).toEqual({ kind: 'removed', area: 'recipient', id: 'mailer', material: false }));
    it('a reworded service is not material', () => expect(only(after((m) => void (m.recipients[0]!.service = 'Runs our servers'))).material).toBe(false));
    it('a new country is a material transfer', () => {
      expect(shape(only(after((m) => void m.recipients[0]!.additionalCountries.push('IN'))))).toEqual({ kind: 'added', area: 'transfer', id: 'hosting', material: true });
    });
    it('a new transfer mechanism is material', () => {
      const c = only(after((m) => void (m.recipients[1]!.transfer = { mechanism: 'eu_sccs', copyAvailable: true })));
      expect({ ...shape(c), field: c.field, after: c.after }).toEqual({ kind: 'changed', area: 'transfer', id: 'mailer', material: true, field: 'mechanism', after: 'eu_sccs' });
    });
  });

  describe('retention', () => {
    const rule = (m: Manifest, id: string) => m.retention.find((r) => r.id === id)!;
    it('a longer period is material', () => expect(shape(only(after((m) => void (rule(m, 'tax').period = 'P10Y'))))).toEqual({ kind: 'changed', area: 'retention', id: 'tax', material: true }));
    it('a shorter period is not material', () => expect(only(after((m) => void (rule(m, 'logs').period = 'P14D'))).material).toBe(false));
    it('removing a period means indefinite, which is longer and material', () => {
      const c = only(after((m) => void delete rule(m, 'logs').period));
      expect(c.material).toBe(true);
      expect(c.reason).toMatch(/indefinitely/);
    });
    it('a period that runs from another moment is material', () => expect(only(after((m) => void (rule(m, 'logs').trigger = 'last_activity'))).material).toBe(true));
    it('moving a category to a longer rule is material, to a shorter one is not', () => {
      const longer = only(after((m) => void (m.categories.find((c) => c.id === 'device.ip_address')!.retention = 'analytics')));
      expect({ ...shape(longer), field: longer.field }).toEqual({ kind: 'changed', area: 'retention', id: 'category:device.ip_address', material: true, field: 'rule' });
      expect(only(after((m) => void (m.categories.find((c) => c.id === 'online.cookie_id')!.retention = 'logs'))).material).toBe(false);
    });
    it('a removed rule is reported, not material', () => {
      const m = after((m) => {
        m.retention = m.retention.filter((r) => r.id !== 'analytics');
        m.categories.find((c) => c.id === 'online.cookie_id')!.retention = 'logs';
        m.purposes.find((p) => p.id === 'analytics')!.retention = 'logs';
      });
      const removed = diffManifests(before, m).find((c) => c.kind === 'removed');
      expect(removed).toMatchObject({ area: 'retention', id: 'analytics', material: false });
    });
  });

  describe('sale and sharing', () => {
    it('starting to sell is material', () => expect(shape(only(after((m) => void (m.stances.sellsData = true))))).toEqual({ kind: 'added', area: 'sale', id: 'stances.sellsData', material: true }));
    it('a recipient that now receives data for cross-context advertising is a material share', () => {
      expect(shape(only(after((m) => void (m.recipients[1]!.share = true))))).toEqual({ kind: 'added', area: 'share', id: 'mailer', material: true });
    });
    it('stopping a sale is not material', () => {
      const selling = after((m) => void (m.stances.sellsData = true));
      expect(diffManifests(selling, before)).toMatchObject([{ kind: 'removed', area: 'sale', material: false }]);
    });
  });

  describe('rights, cookies, controllers and other statements', () => {
    it('a right offered or withdrawn is reported, not material', () => {
      expect(shape(only(after((m) => void m.rights.offered.gdpr!.push('automated_decision_review'))))).toEqual({ kind: 'added', area: 'right', id: 'gdpr:automated_decision_review', material: false });
      expect(only(after((m) => void m.rights.offered.gdpr!.pop())).kind).toBe('removed');
    });
    it('a new non-essential cookie is material, a strictly necessary one is not', () => {
      const cookie = { name: '_ga', kind: 'cookie' as const, provider: 'Google', party: 'third' as const, category: 'analytics' as const, duration: 'P2Y', purpose: 'Counts visits', setBy: [], purposes: ['analytics'] };
      expect(shape(only(after((m) => void m.cookies.push(cookie))))).toEqual({ kind: 'added', area: 'cookie', id: '_ga', material: true });
      expect(only(after((m) => void m.cookies.push({ ...cookie, name: 'csrf', category: 'strictly_necessary', purposes: [] }))).material).toBe(false);
    });
    it('a cookie kept longer is material; a removed cookie is not', () => {
      expect(only(after((m) => void (m.cookies[1]!.duration = 'P2Y'))).material).toBe(true);
      expect(shape(only(after((m) => void m.cookies.pop())))).toEqual({ kind: 'removed', area: 'cookie', id: '_pk_id.*', material: false });
    });
    it('a new controller is material, new contact details are not', () => {
      const second = { ...before.organisation.controllers[0]!, id: 'acme-gmbh', legalName: 'Acme Shop GmbH' };
      expect(shape(only(after((m) => void m.organisation.controllers.push(second))))).toEqual({ kind: 'added', area: 'controller', id: 'acme-gmbh', material: true });
      expect(only(after((m) => void (m.organisation.controllers[0]!.contact = { email: 'hello@shop.example.com' }))).material).toBe(false);
    });
    it('a changed Do Not Track stance is not material; starting automated decisions is', () => {
      expect(shape(only(after((m) => void (m.stances.doNotTrack = 'honoured'))))).toEqual({ kind: 'changed', area: 'other', id: 'stances.signals', material: false });
      expect(only(after((m) => void (m.stances.automatedDecisionMaking = { used: true }))).material).toBe(true);
    });
  });
});

describe('affectedPurposes', () => {
  it('lists consent-based purposes touched by material changes only', () => {
    const m = after((m) => {
      m.purposes[3]!.channels.push('sms'); // newsletter (consent): material
      m.purposes[4]!.name = { en: 'Counting visits', nl: 'Bezoeken tellen' }; // analytics (consent): wording only
      m.purposes[0]!.categories.push('device.ip_address'); // orders (contract): material, but no consent to renew
    });
    expect(affectedPurposes(diffManifests(before, m))).toEqual(['newsletter']);
  });

  it('includes the consent purposes whose data now goes to a new recipient', () => {
    const m = after((m) => void m.recipients.push({ id: 'crm', name: 'HubSpot', type: 'processor', service: 'CRM', country: 'US', additionalCountries: [], categories: ['contact.email'], purposes: ['newsletter', 'orders'], sale: false, share: false }));
    expect(affectedPurposes(diffManifests(before, m))).toEqual(['newsletter']);
  });
});

describe('summariseChanges', () => {
  const m = after((m) => {
    m.recipients[0]!.service = 'Runs our servers';
    m.retention.find((r) => r.id === 'tax')!.period = 'P10Y';
    m.stances.sellsData = true;
  });
  it.each([
    ['en', 'We now keep “Invoices” longer: 10 years after the invoice date.', 'We now sell personal information.'],
    ['nl', 'We bewaren ‘Facturen’ nu langer: 10 jaar na de factuurdatum.', 'We verkopen nu persoonsgegevens.'],
    ['de', 'Wir speichern „Rechnungen“ jetzt länger: 10 Jahre nach dem Rechnungsdatum.', 'Wir verkaufen jetzt personenbezogene Daten.'],
  ] as const)('words every change in %s, material ones first', (lang, retention, sale) => {
    const lines = summariseChanges(diffManifests(before, m), lang);
    expect(lines.slice(0, 2).sort()).toEqual([retention, sale].sort());
    expect(lines).toHaveLength(3);
    expect(lines.join('\n')).not.toMatch(/\{\w+\}/);
  });
});
