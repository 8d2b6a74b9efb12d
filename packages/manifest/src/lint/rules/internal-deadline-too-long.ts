import type { Jurisdiction } from '../../schema/common.ts';
import type { LintRule } from '../rule.ts';
import { REGIME_LABEL } from '../support/jurisdictions.ts';
import { describeDuration } from '../support/durations.ts';
import { durationToDays, legalDeadline } from '../support/reference-data.ts';

const CITATION: Record<Jurisdiction, string> = {
  gdpr: 'GDPR Art. 12(3)',
  uk_gdpr: 'UK GDPR Art. 12(3)',
  ccpa: 'Cal. Civ. Code §1798.130(a)(2)',
  lgpd: 'LGPD Art. 19(II)',
};

export const internalDeadlineTooLong: LintRule = {
  code: 'PLG141',
  name: 'internal-deadline-too-long',
  severity: 'error',
  summary: 'An internal deadline for answering rights requests is longer than the legal one.',
  help:
    '`rights.deadlines` may only shorten the legal deadlines: one month under GDPR and UK GDPR (Art. 12(3)), 45 days under ' +
    'CCPA (§1798.130(a)(2)), 15 days under LGPD (Art. 19). A longer internal deadline schedules answers too late. Shorten ' +
    'it, or remove it to use the legal deadline.',
  check({ manifest, report }) {
    const deadlines = manifest.rights.deadlines;
    for (const regime of Object.keys(deadlines) as Jurisdiction[]) {
      const value = deadlines[regime];
      if (value === undefined) continue;
      const legal = legalDeadline(regime);
      if (durationToDays(value) <= durationToDays(legal)) continue;
      report(['rights', 'deadlines', regime], `The internal deadline of ${describeDuration(value)} for ${REGIME_LABEL[regime]} requests is longer than the legal deadline of ${describeDuration(legal)} (${CITATION[regime]}).`);
    }
  },
};
