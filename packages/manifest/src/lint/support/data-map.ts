import type { Manifest } from '../../schema/manifest.ts';
import type { ManifestPath } from '../finding.ts';

type Field = Manifest['systems'][number]['datasets'][number]['fields'][number];
type Dataset = Manifest['systems'][number]['datasets'][number];
type System = Manifest['systems'][number];

export interface FieldAt {
  system: System;
  dataset: Dataset;
  field: Field;
  path: ManifestPath;
}

export interface DatasetAt {
  system: System;
  dataset: Dataset;
  path: ManifestPath;
}

export function allDatasets(manifest: Manifest): DatasetAt[] {
  return manifest.systems.flatMap((system, s) => system.datasets.map((dataset, d) => ({ system, dataset, path: ['systems', s, 'datasets', d] })));
}

export function allFields(manifest: Manifest): FieldAt[] {
  return allDatasets(manifest).flatMap(({ system, dataset, path }) =>
    dataset.fields.map((field, f) => ({ system, dataset, field, path: [...path, 'fields', f] })),
  );
}

/** Declared categories plus custom ones: the ids other parts of the manifest may use. */
export const declaredCategoryIds = (manifest: Manifest): Set<string> => new Set(manifest.categories.map((c) => c.id));
