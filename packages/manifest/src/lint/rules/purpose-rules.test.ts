import { all, append, declareCategory, remove, set } from '../testing/fixture-edits.ts';
import { describeRuleCases } from '../testing/rule-cases.ts';

const ORDERS = ['purposes', 0];
const BOOKKEEPING = ['purposes', 1];
const SECURITY = ['purposes', 2];
const NEWSLETTER = ['purposes', 3];
const ANALYTICS = ['purposes', 4];
const balancing = 'We need this to keep the service safe and it hardly affects you.';
const legitimateInterest = { basis: 'legitimate_interest', balancing };

describeRuleCases('purpose rules', [
  {
    code: 'PLG101',
    title: 'consent basis without a way to give or withdraw it',
    breaks: [remove([...NEWSLETTER, 'consent'])],
    path: 'purposes[3].lawfulBasis.gdpr.basis',
    line: 'basis: consent',
    message: 'Purpose "newsletter" relies on consent',
    fix: [set([...NEWSLETTER, 'consent'], { via: ['form'], withdrawVia: ['unsubscribe_link'] })],
  },
  {
    code: 'PLG101',
    title: 'explicit consent for special data without a way to give it',
    breaks: [set([...ORDERS, 'specialCategoryCondition'], 'explicit_consent')],
    path: 'purposes[0].specialCategoryCondition',
    line: 'specialCategoryCondition: explicit_consent',
    fix: [set([...ORDERS, 'consent'], { via: ['form'], withdrawVia: ['account_settings'] })],
  },
  {
    code: 'PLG107',
    title: 'health data without an Art. 9 condition',
    breaks: [declareCategory('special.health'), append([...ORDERS, 'categories'], 'special.health')],
    path: 'purposes[0].categories',
    line: 'special.health',
    message: '"special.health"',
    fix: [set([...ORDERS, 'specialCategoryCondition'], 'health_care')],
  },
  {
    code: 'PLG123',
    title: 'legitimate interest without balancing',
    breaks: [remove([...SECURITY, 'lawfulBasis', 'gdpr', 'balancing'])],
    path: 'purposes[2].lawfulBasis.gdpr.basis',
    line: 'basis: legitimate_interest',
    fix: [set([...SECURITY, 'lawfulBasis', 'gdpr', 'balancing'], balancing)],
  },
  {
    code: 'PLG124',
    title: 'legal obligation without the law',
    breaks: [remove([...BOOKKEEPING, 'lawfulBasis', 'gdpr', 'legalReference'])],
    path: 'purposes[1].lawfulBasis.gdpr.basis',
    line: 'basis: legal_obligation',
    fix: [set([...BOOKKEEPING, 'lawfulBasis', 'gdpr', 'legalReference'], 'Art. 52 AWR')],
  },
  {
    code: 'PLG125',
    title: 'no GDPR lawful basis',
    breaks: [set([...ORDERS, 'lawfulBasis'], {})],
    path: 'purposes[0].lawfulBasis',
    line: 'lawfulBasis',
    fix: [set([...ORDERS, 'lawfulBasis', 'gdpr'], { basis: 'contract' })],
  },
  {
    code: 'PLG125',
    title: 'no LGPD lawful basis',
    breaks: [set(['jurisdictions'], ['gdpr', 'lgpd'])],
    path: 'purposes[0].lawfulBasis',
    line: 'lawfulBasis',
    message: 'LGPD',
    fix: [0, 1, 2, 3, 4].map((i) => set(['purposes', i, 'lawfulBasis', 'lgpd'], { basis: 'contract' })),
  },
  {
    code: 'PLG126',
    title: 'e-mail marketing on legitimate interest without the right to object',
    breaks: [
      set([...NEWSLETTER, 'lawfulBasis', 'gdpr'], legitimateInterest),
      set(['rights', 'offered', 'gdpr'], ['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability', 'withdraw_consent', 'complaint']),
    ],
    path: 'purposes[3].channels',
    line: 'channels: [ email ]',
    fix: [append(['rights', 'offered', 'gdpr'], 'objection_direct_marketing')],
  },
  {
    code: 'PLG136',
    title: 'automated decisions without human review',
    breaks: [set([...ORDERS, 'automatedDecision'], true), set(['stances', 'automatedDecisionMaking'], { used: true })],
    path: 'purposes[0].automatedDecision',
    line: 'automatedDecision: true',
    fix: [append(['rights', 'offered', 'gdpr'], 'automated_decision_review')],
  },
  {
    code: 'PLG137',
    title: 'an automated-decision purpose while the stance says none',
    breaks: [set([...ORDERS, 'automatedDecision'], true)],
    path: 'purposes[0].automatedDecision',
    line: 'automatedDecision: true',
    fix: [set(['stances', 'automatedDecisionMaking'], { used: true })],
  },
  {
    code: 'PLG137',
    title: 'the stance says automated decisions but no purpose makes them',
    breaks: [set(['stances', 'automatedDecisionMaking'], { used: true })],
    path: 'stances.automatedDecisionMaking.used',
    line: 'used: true',
    fix: [set([...ORDERS, 'automatedDecision'], true)],
  },
  {
    code: 'PLG148',
    title: 'a CCPA business purpose as GDPR basis',
    breaks: [set([...ORDERS, 'lawfulBasis', 'gdpr', 'basis'], 'business_purpose')],
    path: 'purposes[0].lawfulBasis.gdpr.basis',
    line: 'business_purpose',
    fix: [set([...ORDERS, 'lawfulBasis', 'gdpr', 'basis'], 'contract')],
  },
  {
    code: 'PLG150',
    title: 'targeted advertising while the stance says none',
    breaks: [set([...ANALYTICS, 'targetedAdvertising'], true)],
    path: 'purposes[4].targetedAdvertising',
    line: 'targetedAdvertising: true',
    fix: [set(['stances', 'targetedAdvertising'], true)],
  },
  {
    code: 'PLG151',
    title: 'criminal records on a contract basis',
    breaks: [declareCategory('criminal.record_check'), append([...ORDERS, 'categories'], 'criminal.record_check')],
    path: 'purposes[0].categories',
    line: 'criminal.record_check',
    fix: [set([...ORDERS, 'lawfulBasis', 'gdpr'], { basis: 'legal_obligation', legalReference: 'Wet justitiële en strafvorderlijke gegevens' })],
  },
  {
    code: 'PLG149',
    title: 'a lawful basis for an undeclared jurisdiction',
    breaks: [set([...ORDERS, 'lawfulBasis', 'ccpa'], { basis: 'business_purpose' })],
    path: 'purposes[0].lawfulBasis.ccpa',
    line: 'ccpa',
    fix: [all(set(['jurisdictions'], ['gdpr', 'ccpa']))],
  },
]);
