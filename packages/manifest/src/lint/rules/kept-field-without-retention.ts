import type { LintRule } from '../rule.ts';
import { allFields } from '../support/data-map.ts';

export const keptFieldWithoutRetention: LintRule = {
  code: 'PLG140',
  name: 'kept-field-without-retention',
  severity: 'error',
  summary: 'A field is kept on erasure (`erasure: keep`) but names no retention rule that requires keeping it.',
  help:
    'Erasure may be refused only where keeping the data is necessary, e.g. to comply with a legal obligation or for legal ' +
    'claims (GDPR Art. 17(3)(b), (e)), and then only for as long as that reason lasts (Art. 5(1)(e)). Name the retention ' +
    'rule that requires keeping the field in its `retention`, or choose another erasure strategy.',
  check({ manifest, report }) {
    for (const { system, dataset, field, path } of allFields(manifest)) {
      if (field.erasure !== 'keep' || field.retention) continue;
      report([...path, 'erasure'], `Field "${field.name}" in ${system.id}.${dataset.id} is kept when a person asks for erasure, but no retention rule says why or for how long (GDPR Art. 17(3)).`);
    }
  },
};
