import type { Manifest } from '@pledge/manifest';
import type { Connector, Key, Lookup, OperationContext, PendingResult, Row } from '../connector.ts';
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

interface Call {
  state: DatasetState;
  connector: Connector;
  lookup: Lookup;
}

/** The lookups a pass can make from the rows known so far: only values not asked for before, per dataset and field. */
function nextCalls(plan: TraversalPlan, connectors: Readonly<Record<string, Connector>>, identities: readonly SubjectIdentity[], states: Map<string, DatasetState>): Call[] {
  const calls: Call[] = [];
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
      for (const v of fresh) state.queried.add(`${lookup.field}\u0000${v}`);
      // A primary-key value whose row is already known names exactly that row: asking for it again finds nothing new.
      const wanted = lookup.field === state.node.spec.primaryKey ? fresh.filter((v) => !state.rows.has(String(v))) : fresh;
      if (wanted.length > 0) calls.push({ state, connector, lookup: { field: lookup.field, values: wanted } });
    }
  }
  return calls;
}

/**
 * Runs the traversal plan until a pass finds no new value to look up: identities first, then references in both
 * directions, across systems. The lookups of one pass depend only on rows found in earlier passes, so they run
 * concurrently (each SQL connector has a pool); results are applied in plan order, so the outcome does not depend
 * on which answer came first. A failing dataset records its error and stops; the others go on.
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

  for (let pass = 0; pass < maxPasses; pass++) {
    const calls = nextCalls(plan, connectors, identities, states);
    if (calls.length === 0) break;
    const results = await Promise.allSettled(calls.map((c) => c.connector.findRows(c.state.node.spec, c.lookup, context)));
    results.forEach((result, i) => {
      const { state } = calls[i]!;
      if (state.failure) return;
      if (result.status === 'rejected') state.failure = failureOf(state.node, result.reason);
      else if (isPending(result.value)) state.pending.push(result.value);
      else for (const row of result.value) state.rows.set(rowKey(state.node, row), row);
    });
  }
  return { graph, plan, states };
}
