import type { LintRule } from '../rule.ts';

/** Triggers that fire when the data is created, so "until the trigger" would mean forever. */
const CREATION_TRIGGERS = new Set(['collection', 'invoice_date']);

export const retentionWithoutEnd: LintRule = {
  code: 'PLG155',
  name: 'retention-without-end',
  severity: 'error',
  summary: 'A retention rule runs from the moment data is created but has no period, so it never ends.',
  help:
    'Data may be kept no longer than necessary (GDPR Art. 5(1)(e)), and the notice must state the period or the criteria ' +
    'for it (Art. 13(2)(a)); "as long as necessary" with no end is what supervisory authorities most often reject. Give the ' +
    'rule a `period`, or a trigger that marks the end of the need (account_closure, contract_end, ...).',
  check({ manifest, report }) {
    manifest.retention.forEach((rule, i) => {
      if (rule.period || !CREATION_TRIGGERS.has(rule.trigger)) return;
      report(['retention', i, 'trigger'], `Retention rule "${rule.id}" starts at ${rule.trigger} but has no period, so the data is never deleted (GDPR Art. 5(1)(e)).`);
    });
  },
};
