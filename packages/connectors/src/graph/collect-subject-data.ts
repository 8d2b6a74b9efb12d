import type { Manifest } from '@pledge/manifest';
import type { Connector, PendingResult, Row } from '../connector.ts';
import type { DatasetRef } from './dataset-graph.ts';
import { findSubjectRows, type DatasetFailure, type FindOptions, type SubjectIdentity } from './find-subject-rows.ts';
import type { UnreachableDataset } from './plan-traversal.ts';

export interface CollectedDataset extends DatasetRef {
  rows: Row[];
  /** The taxonomy category of each declared personal field, for the Art. 15(1)(b) "categories concerned". */
  categories: Record<string, string>;
}

export interface SubjectData {
  /** Every dataset searched, including those where nothing was found. */
  datasets: CollectedDataset[];
  unreachable: UnreachableDataset[];
  errors: DatasetFailure[];
  /** Webhook calls answered 202 and manual checklists: resolved later by the server. */
  pending: PendingResult[];
  cycles: DatasetRef[][];
}

/** Everything the systems hold about a person, for access and portability (GDPR Art. 15, 20). */
export async function collectSubjectData(
  manifest: Manifest,
  connectors: Readonly<Record<string, Connector>>,
  identities: readonly SubjectIdentity[],
  options: FindOptions = {},
): Promise<SubjectData> {
  const { plan, states } = await findSubjectRows(manifest, connectors, identities, options);
  const datasets: CollectedDataset[] = [];
  const errors: DatasetFailure[] = [];
  const pending: PendingResult[] = [];
  for (const state of states.values()) {
    const { node } = state;
    datasets.push({
      system: node.system,
      dataset: node.dataset,
      rows: [...state.rows.values()],
      categories: Object.fromEntries(node.spec.fields.map((f) => [f.name, f.category])),
    });
    if (state.failure) errors.push(state.failure);
    pending.push(...state.pending);
  }
  return { datasets, unreachable: plan.unreachable, errors, pending, cycles: plan.cycles };
}
