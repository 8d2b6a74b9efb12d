import type { LintRule } from '../rule.ts';
import type { ManifestPath } from '../finding.ts';
import { allDatasets, allFields } from '../support/data-map.ts';

export const unknownRetentionRule: LintRule = {
  code: 'PLG117',
  name: 'unknown-retention-rule',
  severity: 'error',
  summary: 'A retention reference names a rule that is not declared in `retention`.',
  help:
    'A dangling retention id leaves the data without a storage limit in the notice and in the retention sweeps (GDPR Art. ' +
    '5(1)(e), 13(2)(a)). Declare the rule under `retention`, or correct the id.',
  check({ manifest, report }) {
    const ids = new Set(manifest.retention.map((r) => r.id));
    const check = (id: string | undefined, path: ManifestPath, owner: string): void => {
      if (id !== undefined && !ids.has(id)) report(path, `${owner} refers to retention rule "${id}", which is not declared in retention.`);
    };
    manifest.categories.forEach((c, i) => check(c.retention, ['categories', i, 'retention'], `Category "${c.id}"`));
    manifest.purposes.forEach((p, i) => check(p.retention, ['purposes', i, 'retention'], `Purpose "${p.id}"`));
    for (const { system, dataset, path } of allDatasets(manifest)) check(dataset.retention, [...path, 'retention'], `Dataset ${system.id}.${dataset.id}`);
    for (const { system, dataset, field, path } of allFields(manifest)) check(field.retention, [...path, 'retention'], `Field "${field.name}" in ${system.id}.${dataset.id}`);
  },
};
