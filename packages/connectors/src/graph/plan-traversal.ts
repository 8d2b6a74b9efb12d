import type { IDENTITY_TYPES, Manifest } from '@pledge/manifest';
import { buildDatasetGraph, childrenFirst, findCycles, type DatasetGraph, type DatasetRef } from './dataset-graph.ts';

export type IdentityType = (typeof IDENTITY_TYPES)[number];

/**
 * How a step finds rows in its dataset: by an identity the person gave, or by values of a field in rows already
 * found elsewhere — a parent's key for the children that reference it, or a child's foreign key for its parent.
 */
export type TraversalLookup =
  | { via: 'identity'; field: string; identityType: IdentityType }
  | { via: 'parent' | 'child'; field: string; from: DatasetRef; fromField: string };

export interface TraversalStep extends DatasetRef {
  lookups: TraversalLookup[];
}

export interface UnreachableDataset extends DatasetRef {
  reason: string;
}

export interface TraversalPlan {
  /** Breadth-first from the datasets holding the given identities; run repeatedly until nothing new is found. */
  steps: TraversalStep[];
  /** The same datasets, children before parents: the order erasure runs in. */
  erasureOrder: DatasetRef[];
  /** Reference cycles among the reached datasets: erasure order inside a cycle is not guaranteed. */
  cycles: DatasetRef[][];
  unreachable: UnreachableDataset[];
}

const toRef = (graph: DatasetGraph, id: string): DatasetRef => {
  const node = graph.nodes.get(id)!;
  return { system: node.system, dataset: node.dataset };
};

/** Plans which datasets a rights request visits and how, from the manifest alone (GDPR Art. 15, 17: all of the person's data). */
export function planTraversal(manifest: Manifest, identityTypes: readonly IdentityType[], graph: DatasetGraph = buildDatasetGraph(manifest)): TraversalPlan {
  const types = new Set(identityTypes);
  const identityLookups = (id: string): TraversalLookup[] =>
    graph.nodes.get(id)!.spec.identities.filter((i) => types.has(i.type)).map((i) => ({ via: 'identity' as const, field: i.field, identityType: i.type }));

  const order: string[] = [...graph.nodes.keys()].filter((id) => identityLookups(id).length > 0);
  const reached = new Set(order);
  for (let i = 0; i < order.length; i++) {
    const id = order[i]!;
    for (const e of graph.edges) {
      const next = e.parent === id ? e.child : e.child === id ? e.parent : null;
      if (!next || reached.has(next)) continue;
      reached.add(next);
      order.push(next);
    }
  }

  const steps = order.map((id): TraversalStep => {
    const lookups: TraversalLookup[] = [...identityLookups(id)];
    for (const e of graph.edges) {
      if (e.child === id) lookups.push({ via: 'parent', field: e.childField, from: toRef(graph, e.parent), fromField: e.parentField });
      if (e.parent === id) lookups.push({ via: 'child', field: e.parentField, from: toRef(graph, e.child), fromField: e.childField });
    }
    return { ...toRef(graph, id), lookups };
  });

  const wanted = [...types].join(', ') || 'none';
  const unreachable = [...graph.nodes.keys()]
    .filter((id) => !reached.has(id))
    .map((id): UnreachableDataset => {
      const broken = graph.broken.find((b) => b.from.startsWith(`${id}.`));
      const reason = broken
        ? `its reference ${broken.from} → ${broken.to} points at a dataset that does not exist`
        : `no identity field of the requested types (${wanted}) and no reference path to a dataset that has one`;
      return { ...toRef(graph, id), reason };
    });

  return {
    steps,
    erasureOrder: childrenFirst(graph, order).map((id) => toRef(graph, id)),
    cycles: findCycles(graph).filter((c) => c.some((id) => reached.has(id))).map((c) => c.map((id) => toRef(graph, id))),
    unreachable,
  };
}
