import type { LintRule } from '../rule.ts';
import { declares, offeredPath, offeredRights } from '../support/jurisdictions.ts';
import { listWords } from '../support/labels.ts';

/** LGPD Art. 18 I–IX, as Pledge names them; correction may be written as rectification or correct. */
const REQUIRED: ReadonlyArray<readonly string[]> = [
  ['confirmation'], ['access'], ['rectification', 'correct'], ['anonymisation'], ['portability'], ['erasure', 'delete'],
  ['information_about_sharing'], ['withdraw_consent'],
];

export const missingLgpdRights: LintRule = {
  code: 'PLG152',
  name: 'missing-lgpd-rights',
  severity: 'error',
  summary: 'A right of LGPD Art. 18 is not offered.',
  help:
    'Under LGPD Art. 18 the data subject may obtain confirmation of processing, access, correction, anonymisation/blocking/' +
    'deletion of unnecessary data, portability, deletion of data processed with consent, information about sharing, and ' +
    'revoke consent. Add the missing rights to `rights.offered.lgpd`.',
  check({ manifest, report }) {
    if (!declares(manifest, 'lgpd')) return;
    const offered = offeredRights(manifest, 'lgpd') as readonly string[];
    const missing = REQUIRED.filter((names) => !names.some((n) => offered.includes(n))).map((names) => names[0] as string);
    if (missing.length === 0) return;
    report(offeredPath('lgpd'), `The LGPD rights ${listWords(missing)} are not offered (LGPD Art. 18).`);
  },
};
