import type { LintRule } from '../rule.ts';
import { declares, offeredPath, offeredRights } from '../support/jurisdictions.ts';
import { listWords } from '../support/labels.ts';

/** Cal. Civ. Code §1798.100/110 (know), §1798.105 (delete), §1798.106 (correct), §1798.125 (non-discrimination). */
const CORE = ['know', 'delete', 'correct', 'non_discrimination'] as const;

export const missingCcpaRights: LintRule = {
  code: 'PLG128',
  name: 'missing-ccpa-rights',
  severity: 'error',
  summary: 'A core CCPA right is not offered: know, delete, correct, non-discrimination.',
  help:
    'The privacy policy must describe the rights to know, delete and correct, and the right not to be discriminated against ' +
    'for exercising them (Cal. Civ. Code §1798.100–106, §1798.125, §1798.130(a)(5); 11 CCR §7011). Add them to ' +
    '`rights.offered.ccpa`. (Opting out of sale/sharing is checked by PLG109.)',
  check({ manifest, report }) {
    if (!declares(manifest, 'ccpa')) return;
    const offered = offeredRights(manifest, 'ccpa') as readonly string[];
    const missing = CORE.filter((r) => !offered.includes(r));
    if (missing.length === 0) return;
    report(offeredPath('ccpa'), `The CCPA rights ${listWords(missing)} are not offered (Cal. Civ. Code §1798.100–106, §1798.125).`);
  },
};
