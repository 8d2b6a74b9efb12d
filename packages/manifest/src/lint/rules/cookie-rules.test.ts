import { all, remove, set } from '../testing/fixture-edits.ts';
import { describeRuleCases } from '../testing/rule-cases.ts';

const SESSION = ['cookies', 0];
const MATOMO = ['cookies', 1];
const legitimateInterest = { basis: 'legitimate_interest', balancing: 'Counting visits helps us improve the shop.' };

describeRuleCases('cookie rules', [
  {
    code: 'PLG108',
    title: 'the Meta pixel cookie declared strictly necessary',
    breaks: [set([...SESSION, 'name'], '_fbp'), set([...SESSION, 'provider'], 'Meta')],
    path: 'cookies[0].category',
    line: 'category: strictly_necessary',
    message: 'Cookie "_fbp" (Meta)',
    fix: [set([...SESSION, 'category'], 'advertising'), set([...SESSION, 'purposes'], ['analytics'])],
  },
  {
    code: 'PLG108',
    title: 'an Open Cookie Database marketing cookie declared functional',
    breaks: [set([...SESSION, 'name'], 'personalization_id'), set([...SESSION, 'category'], 'functional')],
    path: 'cookies[0].category',
    line: 'category: functional',
    fix: [set([...SESSION, 'name'], 'cart_id')],
  },
  {
    code: 'PLG108',
    title: 'a cookie set by an ad script declared strictly necessary',
    breaks: [set([...SESSION, 'name'], 'ad_sync'), set([...SESSION, 'setBy'], ['https://securepubads.g.doubleclick.net/tag/js/gpt.js'])],
    path: 'cookies[0].category',
    line: 'category: strictly_necessary',
    fix: [set([...SESSION, 'setBy'], ['https://shop.example.com/app.js'])],
  },
  {
    code: 'PLG132',
    title: 'consent kept for two years',
    breaks: [set(['cookieSettings', 'consentExpiry'], 'P2Y')],
    path: 'cookieSettings.consentExpiry',
    line: 'consentExpiry: P2Y',
    fix: [set(['cookieSettings', 'consentExpiry'], 'P1Y1M')],
  },
  {
    code: 'PLG133',
    title: 'an analytics cookie for a legitimate-interest purpose',
    breaks: [set(['purposes', 4, 'lawfulBasis', 'gdpr'], legitimateInterest)],
    path: 'cookies[1].purposes[0]',
    line: 'purposes: [ analytics ]',
    message: 'Cookie "_pk_id.*" (Matomo (self-hosted))',
    fix: [set(['purposes', 4, 'lawfulBasis', 'gdpr'], { basis: 'consent' })],
  },
  {
    code: 'PLG144',
    title: 'a cookie that lives two years',
    breaks: [set([...MATOMO, 'duration'], 'P2Y')],
    path: 'cookies[1].duration',
    line: 'duration: P2Y',
    fix: [set([...MATOMO, 'duration'], 'P395D')],
  },
  {
    code: 'PLG156',
    title: 'a third-party cookie without a recipient',
    breaks: [set([...MATOMO, 'party'], 'third')],
    path: 'cookies[1].party',
    line: 'party: third',
    fix: [set([...MATOMO, 'recipient'], 'hosting')],
  },
  {
    code: 'PLG157',
    title: 'Google Analytics declared strictly necessary',
    breaks: [all(set([...MATOMO, 'name'], '_ga'), set([...MATOMO, 'category'], 'strictly_necessary'))],
    path: 'cookies[1].category',
    line: 'category: strictly_necessary',
    message: 'Google Analytics',
    fix: [set([...MATOMO, 'category'], 'analytics')],
  },
  {
    code: 'PLG158',
    title: 'an analytics cookie with no purpose',
    breaks: [remove([...MATOMO, 'purposes'])],
    path: 'cookies[1].category',
    line: 'category: analytics',
    fix: [set([...MATOMO, 'purposes'], ['analytics'])],
  },
]);
