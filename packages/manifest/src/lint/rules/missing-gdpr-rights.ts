import type { LintRule } from '../rule.ts';
import { declaredGdprLike, offeredPath, offeredRights, REGIME_LABEL } from '../support/jurisdictions.ts';
import { listWords } from '../support/labels.ts';

/** GDPR Art. 15–18, 20, 21 and 77; UK GDPR the same. */
const CORE = ['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability', 'complaint'] as const;

export const missingGdprRights: LintRule = {
  code: 'PLG127',
  name: 'missing-gdpr-rights',
  severity: 'error',
  summary: 'A core GDPR right is not offered: access, rectification, erasure, restriction, objection, portability, complaint (or withdrawal of consent).',
  help:
    'The notice must inform people of their rights of access, rectification, erasure, restriction, objection and ' +
    'portability, of the right to withdraw consent where processing rests on it, and of the right to complain to a ' +
    'supervisory authority (GDPR Art. 13(2)(b)–(d), 15–21, 7(3), 77). Add the missing rights to `rights.offered.<regime>`.',
  check({ manifest, report }) {
    for (const regime of declaredGdprLike(manifest)) {
      const offered = offeredRights(manifest, regime);
      const consent = manifest.purposes.some((p) => p.lawfulBasis[regime]?.basis === 'consent' || p.specialCategoryCondition === 'explicit_consent');
      const required: string[] = consent ? [...CORE, 'withdraw_consent'] : [...CORE];
      const missing = required.filter((r) => !(offered as readonly string[]).includes(r));
      if (missing.length === 0) continue;
      report(offeredPath(regime), `The ${REGIME_LABEL[regime]} rights ${listWords(missing)} are not offered (GDPR Art. 13(2), 15–21, 77).`);
    }
  },
};
