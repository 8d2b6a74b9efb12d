import type { LintRule } from '../rule.ts';
import { allDatasets } from '../support/data-map.ts';

export const brokenDatasetReference: LintRule = {
  code: 'PLG120',
  name: 'broken-dataset-reference',
  severity: 'error',
  summary: 'A dataset reference points at a system, dataset or field that does not exist.',
  help:
    'References link datasets to the identities a rights request starts from; a broken link means an access or erasure ' +
    'request silently misses this data (GDPR Art. 15, 17). Write the target as system.dataset.field, naming an existing ' +
    "dataset and its primary key, an identity field or a declared field.",
  check({ manifest, report }) {
    const datasets = allDatasets(manifest);
    for (const { system, dataset, path } of datasets) {
      dataset.references.forEach((ref, r) => {
        const [systemId, datasetId, fieldName] = ref.to.split('.');
        const target = datasets.find((d) => d.system.id === systemId && d.dataset.id === datasetId)?.dataset;
        const columns = target ? [target.primaryKey, ...target.identities.map((x) => x.field), ...target.fields.map((f) => f.name)] : [];
        if (target && columns.includes(fieldName ?? '')) return;
        const problem = target ? `dataset ${systemId}.${datasetId} has no field "${fieldName}"` : `there is no dataset ${systemId}.${datasetId}`;
        report([...path, 'references', r, 'to'], `Dataset ${system.id}.${dataset.id} references "${ref.to}", but ${problem}, so rights requests cannot reach this data.`);
      });
    }
  },
};
