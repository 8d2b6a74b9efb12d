import { append, declareCategory, remove, set, withCcpa } from '../testing/fixture-edits.ts';
import { describeRuleCases } from '../testing/rule-cases.ts';

const CCPA_RIGHTS = ['rights', 'offered', 'ccpa'];
const ccpaRights = (...rights: string[]) => set(CCPA_RIGHTS, rights);
const selling = [set(['stances', 'sellsData'], true), set(['recipients', 1, 'sale'], true)];
const gpc = (value: unknown) => set(['stances', 'globalPrivacyControl'], value);

describeRuleCases('CCPA rules', [
  {
    code: 'PLG109',
    title: 'selling without the opt-out right',
    breaks: [withCcpa, ...selling, ccpaRights('know', 'delete', 'correct', 'non_discrimination', 'limit_sensitive'), gpc({ honoured: true, effect: ['opt_out_sale'] })],
    path: 'rights.offered.ccpa',
    line: 'ccpa:',
    message: 'sold',
    fix: [append(CCPA_RIGHTS, 'opt_out_sale_share')],
  },
  {
    code: 'PLG110',
    title: 'a recipient buys data though the stance says no sale',
    breaks: [set(['recipients', 1, 'sale'], true)],
    path: 'recipients[1].sale',
    line: 'sale: true',
    message: 'Recipient "Mailchimp (Intuit Inc.)"',
    fix: [set(['stances', 'sellsData'], true)],
  },
  {
    code: 'PLG110',
    title: 'a purpose sells data though the stance says no sale',
    breaks: [set(['purposes', 4, 'sale'], true)],
    path: 'purposes[4].sale',
    line: 'sale: true',
    fix: [set(['purposes', 4, 'sale'], false)],
  },
  {
    code: 'PLG111',
    title: 'a purpose shares data though the stance says no sharing',
    breaks: [set(['purposes', 4, 'share'], true)],
    path: 'purposes[4].share',
    line: 'share: true',
    fix: [set(['stances', 'sharesForAdvertising'], true)],
  },
  {
    code: 'PLG112',
    title: 'GPC not honoured while selling',
    breaks: [withCcpa, ...selling, gpc({ honoured: false })],
    path: 'stances.globalPrivacyControl.honoured',
    line: 'honoured: false',
    fix: [gpc({ honoured: true, effect: ['opt_out_sale'] })],
  },
  {
    code: 'PLG112',
    title: 'GPC honoured without the opt-out effect while sharing',
    breaks: [withCcpa, set(['stances', 'sharesForAdvertising'], true)],
    path: 'stances.globalPrivacyControl.effect',
    line: 'effect',
    message: 'opt_out_share',
    fix: [gpc({ honoured: true, effect: ['opt_out_share', 'reject_non_essential'] })],
  },
  {
    code: 'PLG128',
    title: 'the right to correct missing',
    breaks: [withCcpa, ccpaRights('know', 'delete', 'non_discrimination', 'limit_sensitive')],
    path: 'rights.offered.ccpa',
    line: 'ccpa:',
    message: 'correct',
    fix: [append(CCPA_RIGHTS, 'correct')],
  },
  {
    code: 'PLG128',
    title: 'no CCPA rights list at all',
    breaks: [withCcpa, remove(CCPA_RIGHTS)],
    path: 'rights.offered.ccpa',
    line: 'offered:',
    fix: [ccpaRights('know', 'delete', 'correct', 'non_discrimination')],
  },
  {
    code: 'PLG143',
    title: 'precise location without the right to limit',
    breaks: [withCcpa, declareCategory('location.precise'), ccpaRights('know', 'delete', 'correct', 'non_discrimination')],
    path: 'rights.offered.ccpa',
    line: 'ccpa:',
    message: 'location.precise',
    fix: [append(CCPA_RIGHTS, 'limit_sensitive')],
  },
  {
    code: 'PLG153',
    title: 'only one request method',
    breaks: [withCcpa, set(['rights', 'channels'], [{ type: 'email', value: 'privacy@shop.example.com' }])],
    path: 'rights.channels',
    line: 'channels:',
    fix: [append(['rights', 'channels'], { type: 'toll_free', value: '+1 800 555 0100' })],
  },
  {
    code: 'PLG154',
    title: 'authorised agents refused',
    breaks: [withCcpa, set(['rights', 'authorisedAgents'], { allowed: false })],
    path: 'rights.authorisedAgents.allowed',
    line: 'allowed: false',
    fix: [set(['rights', 'authorisedAgents'], { allowed: true, proof: ['power_of_attorney'] })],
  },
  {
    code: 'PLG154',
    title: 'authorised agents without proof',
    breaks: [withCcpa, set(['rights', 'authorisedAgents'], { allowed: true, proof: [] })],
    path: 'rights.authorisedAgents.proof',
    line: 'proof',
    fix: [set(['rights', 'authorisedAgents', 'proof'], ['signed_permission'])],
  },
]);
