import type { Manifest } from '@pledge/manifest';
import type { DatasetSpec, SystemSpec } from '../connector.ts';

export interface DatasetRef {
  system: string;
  dataset: string;
}

export interface DatasetNode extends DatasetRef {
  id: string;
  systemSpec: SystemSpec;
  spec: DatasetSpec;
}

/** A declared reference: `child.childField` holds values of `parent.parentField` (a foreign key, maybe across systems). */
export interface ReferenceEdge {
  child: string;
  childField: string;
  parent: string;
  parentField: string;
}

export interface DatasetGraph {
  nodes: Map<string, DatasetNode>;
  edges: ReferenceEdge[];
  /** References whose target does not exist; they are left out of the edges. */
  broken: { from: string; to: string }[];
}

export const nodeId = (ref: DatasetRef): string => `${ref.system}.${ref.dataset}`;

export function buildDatasetGraph(manifest: Manifest): DatasetGraph {
  const nodes = new Map<string, DatasetNode>();
  for (const system of manifest.systems) {
    for (const dataset of system.datasets) {
      const ref = { system: system.id, dataset: dataset.id };
      nodes.set(nodeId(ref), { ...ref, id: nodeId(ref), systemSpec: system, spec: dataset });
    }
  }
  const edges: ReferenceEdge[] = [];
  const broken: DatasetGraph['broken'] = [];
  for (const node of nodes.values()) {
    for (const reference of node.spec.references) {
      const [system = '', dataset = '', field = ''] = reference.to.split('.');
      const parent = nodes.get(nodeId({ system, dataset }));
      if (parent) edges.push({ child: node.id, childField: reference.field, parent: parent.id, parentField: field });
      else broken.push({ from: `${node.id}.${reference.field}`, to: reference.to });
    }
  }
  return { nodes, edges, broken };
}

/** Reference cycles (child → parent), found with Tarjan's algorithm; a self-reference is a cycle of one. */
export function findCycles(graph: DatasetGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const parentsOf = (id: string) => graph.edges.filter((e) => e.child === id).map((e) => e.parent);
  const visit = (id: string): void => {
    index.set(id, counter);
    low.set(id, counter++);
    stack.push(id);
    onStack.add(id);
    for (const next of parentsOf(id)) {
      if (!index.has(next)) {
        visit(next);
        low.set(id, Math.min(low.get(id)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(id, Math.min(low.get(id)!, index.get(next)!));
    }
    if (low.get(id) !== index.get(id)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== id);
    if (component.length > 1 || parentsOf(id).includes(id)) cycles.push(component.reverse());
  };
  for (const id of graph.nodes.keys()) if (!index.has(id)) visit(id);
  return cycles;
}

/**
 * Children before parents (Kahn's algorithm over child → parent edges), so deleting a child never breaks a foreign
 * key and a parent is deleted only after the rows that point at it. Datasets in a cycle come last, in manifest order.
 */
export function childrenFirst(graph: DatasetGraph, ids: readonly string[]): string[] {
  const wanted = new Set(ids);
  const edges = graph.edges.filter((e) => wanted.has(e.child) && wanted.has(e.parent) && e.child !== e.parent);
  const pointedAt = new Map<string, number>(ids.map((id) => [id, 0]));
  for (const e of edges) pointedAt.set(e.parent, (pointedAt.get(e.parent) ?? 0) + 1);
  const order: string[] = [];
  const ready = ids.filter((id) => pointedAt.get(id) === 0);
  while (ready.length > 0) {
    const id = ready.shift()!;
    order.push(id);
    for (const e of edges.filter((x) => x.child === id)) {
      const left = (pointedAt.get(e.parent) ?? 0) - 1;
      pointedAt.set(e.parent, left);
      if (left === 0) ready.push(e.parent);
    }
  }
  return [...order, ...ids.filter((id) => !order.includes(id))];
}
