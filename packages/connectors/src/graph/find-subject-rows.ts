import type { Manifest } from '@pledge/manifest';
import type { Connector, Key, OperationContext, PendingResult, Row } from '../connector.ts';
import { isPending } from '../connector.ts';
import { describeError, isConnectorError } from '../connector-error.ts';
import { buildDatasetGraph, nodeId, type DatasetGraph, type DatasetNode, type DatasetRef } from './dataset-graph.ts';
import { planTraversal, type IdentityType, type TraversalLookup, type TraversalPlan } from './plan-traversal.ts';

export interface SubjectIdentity {
  type: IdentityType;
  value: string;
}

export interface DatasetFailure extends DatasetRef {
  error: string;
  retryable: boolean;
}

export interface DatasetState {
  node: DatasetNode;
  rows: Map<string, Row>;
  /** `field \0 value` pairs already asked for, so each value is looked up once. */
  queried: Set<string>;
  pending: PendingResult[];
  failure: DatasetFailure | null;
}

export interface SubjectRows {
  graph: DatasetGraph;
  plan: TraversalPlan;
  states: Map<string, DatasetState>;
}

export interface FindOptions extends OperationContext {
  /** Safety stop for the fixpoint loop; each pass only asks for values not asked for before. */
  maxPasses?: number;
}

const rowKey = (node: DatasetNode, row: Row): string => {
  const key = row[node.spec.primaryKey];
  return key === undefined || key === null ? JSON.stringify(row) : String(key);
};

function lookupValues(lookup: TraversalLookup, identities: readonly SubjectIdentity[], states: Map<string, DatasetState>): Key[] {
  if (lookup.via === 'identity') return identities.filter((i) => i.type === lookup.identityType).map((i) => i.value);
  const source = states.get(nodeId(lookup.from));
  const values: Key[] = [];
  for (const row of source?.rows.values() ?? []) {
    const value = row[lookup.fromField];
    if (value !== null && value !== undefined) values.push(typeof value === 'number' ? value : String(value));
  }
  return values;
}

export const failureOf = (node: DatasetRef, error: unknown): DatasetFailure => ({
  system: node.system,
  dataset: node.dataset,
  error: describeError(error),
  retryable: isConnectorError(error) ? error.retryable : false,
});

/**
 * Runs the traversal plan until a pass finds no new value to look up: identities first, then references in both
 * directions, across systems. A failing dataset records its error and stops; the others go on.
 */
export async function findSubjectRows(manifest: Manifest, connectors: Readonly<Record<string, Connector>>, identities: readonly SubjectIdentity[], options: FindOptions = {}): Promise<SubjectRows> {
  const graph = buildDatasetGraph(manifest);
  const plan = planTraversal(manifest, [...new Set(identities.map((i) => i.type))], graph);
  const states = new Map<string, DatasetState>();
  for (const step of plan.steps) {
    const node = graph.nodes.get(nodeId(step))!;
    states.set(node.id, { node, rows: new Map(), queried: new Set(), pending: [], failure: null });
  }
  const context: OperationContext = { ...(options.requestId ? { requestId: options.requestId } : {}), ...(options.callbackUrl ? { callbackUrl: options.callbackUrl } : {}) };
  const maxPasses = options.maxPasses ?? plan.steps.length + 2;

  for (let pass = 0, progressed = true; progressed && pass < maxPasses; pass++) {
    progressed = false;
    for (const step of plan.steps) {
      const state = states.get(nodeId(step))!;
      const connector = connectors[step.system];
      if (state.failure) continue;
      if (!connector || !connector.capabilities.canAccess) {
        state.failure = failureOf(step, connector ? `The ${connector.engine} connector of system "${step.system}" cannot search.` : `No connector for system "${step.system}".`);
        continue;
      }
      for (const lookup of step.lookups) {
        const fresh = [...new Set(lookupValues(lookup, identities, states))].filter((v) => !state.queried.has(`${lookup.field}\u0000${v}`));
        if (fresh.length === 0) continue;
        for (const v of fresh) state.queried.add(`${lookup.field}\u0000${v}`);
        progressed = true;
        try {
          const result = await connector.findRows(state.node.spec, { field: lookup.field, values: fresh }, context);
          if (isPending(result)) state.pending.push(result);
          else for (const row of result) state.rows.set(rowKey(state.node, row), row);
        } catch (error) {
          state.failure = failureOf(step, error);
          break;
        }
      }
    }
  }
  return { graph, plan, states };
}
