import { remove, set, all } from '../testing/fixture-edits.ts';
import { describeRuleCases } from '../testing/rule-cases.ts';

const MAILER = ['recipients', 1];
const mechanism = (m: string) => set([...MAILER, 'transfer', 'mechanism'], m);
const withUkGdpr = set(['jurisdictions'], ['gdpr', 'uk_gdpr']);

describeRuleCases('transfer rules', [
  {
    code: 'PLG102',
    title: 'US recipient without a mechanism',
    breaks: [remove([...MAILER, 'transfer'])],
    path: 'recipients[1].country',
    line: 'country: US',
    message: 'Recipient "Mailchimp (Intuit Inc.)" is in US, which has no EU adequacy decision, and no transfer mechanism is declared',
    fix: [mechanism('eu_sccs')],
  },
  {
    code: 'PLG102',
    title: 'an additional non-adequate country',
    breaks: [set(['recipients', 0, 'additionalCountries'], ['IN'])],
    path: 'recipients[0].additionalCountries',
    line: 'additionalCountries',
    fix: [set(['recipients', 0, 'additionalCountries'], ['CH'])],
  },
  {
    code: 'PLG102',
    title: 'a UK GDPR transfer to the US without a mechanism',
    breaks: [withUkGdpr, remove([...MAILER, 'transfer']), set([...MAILER, 'country'], 'IN')],
    path: 'recipients[1].country',
    line: 'country: IN',
    fix: [mechanism('uk_addendum')],
  },
  {
    code: 'PLG103',
    title: 'Privacy Shield',
    breaks: [mechanism('privacy_shield')],
    path: 'recipients[1].transfer.mechanism',
    line: 'privacy_shield',
    message: 'Schrems II',
    fix: [mechanism('eu_us_dpf')],
  },
  {
    code: 'PLG104',
    title: 'the Data Privacy Framework for an Indian recipient',
    breaks: [set([...MAILER, 'country'], 'IN')],
    path: 'recipients[1].transfer.mechanism',
    line: 'eu_us_dpf',
    fix: [mechanism('eu_sccs')],
  },
  {
    code: 'PLG104',
    title: 'the DPF for a US recipient that also processes in India',
    breaks: [set([...MAILER, 'additionalCountries'], ['IN'])],
    path: 'recipients[1].transfer.mechanism',
    line: 'eu_us_dpf',
    fix: [set([...MAILER, 'additionalCountries'], ['NL'])],
  },
  {
    code: 'PLG104',
    title: 'adequacy claimed for the US',
    breaks: [mechanism('adequacy')],
    path: 'recipients[1].transfer.mechanism',
    line: 'adequacy',
    message: 'Data Privacy Framework',
    fix: [set([...MAILER, 'country'], 'CH')],
  },
  {
    code: 'PLG105',
    title: 'the UK IDTA without UK GDPR',
    breaks: [mechanism('uk_idta')],
    path: 'recipients[1].transfer.mechanism',
    line: 'uk_idta',
    fix: [set(['jurisdictions'], ['uk_gdpr'])],
  },
  {
    code: 'PLG105',
    title: 'EU SCCs alone under UK GDPR',
    breaks: [all(withUkGdpr, mechanism('eu_sccs'))],
    path: 'recipients[1].transfer.mechanism',
    line: 'eu_sccs',
    fix: [mechanism('uk_addendum')],
  },
  {
    code: 'PLG159',
    title: 'SCCs whose copy is withheld',
    breaks: [set([...MAILER, 'transfer'], { mechanism: 'eu_sccs', copyAvailable: false })],
    path: 'recipients[1].transfer.copyAvailable',
    line: 'copyAvailable: false',
    fix: [set([...MAILER, 'transfer', 'copyAvailable'], true)],
  },
]);
