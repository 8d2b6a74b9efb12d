import type { LintRule } from '../rule.ts';
import { allDatasets } from '../support/data-map.ts';

export const unreachableDataset: LintRule = {
  code: 'PLG142',
  name: 'unreachable-dataset',
  severity: 'warning',
  summary: 'A dataset has no identity fields and no references, so rights requests cannot find anyone in it.',
  help:
    'Access, erasure and rectification must cover all personal data about the person (GDPR Art. 15–17); Pledge finds it by ' +
    'starting from identity fields and following references. Add `identities` (e.g. the e-mail column) or a `references` ' +
    'entry linking the dataset to one that has them.',
  check({ manifest, report }) {
    for (const { system, dataset, path } of allDatasets(manifest)) {
      if (dataset.identities.length > 0 || dataset.references.length > 0) continue;
      report([...path, 'id'], `Dataset ${system.id}.${dataset.id} has no identity fields and no references, so rights requests cannot reach the personal data in it (GDPR Art. 15–17).`);
    }
  },
};
