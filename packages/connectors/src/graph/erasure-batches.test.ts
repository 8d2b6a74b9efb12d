import { describe, expect, it } from 'vitest';
import { loadDemoShopManifest } from '../testing/demo-shop-manifest.ts';
import { buildDatasetGraph, nodeId, type DatasetGraph, type DatasetRef } from './dataset-graph.ts';
import { groupErasureBatches } from './erasure-batches.ts';
import { planTraversal } from './plan-traversal.ts';

const ref = (id: string): DatasetRef => ({ system: id.split('.')[0]!, dataset: id.split('.')[1]! });
const shape = (batches: ReturnType<typeof groupErasureBatches>) => batches.map((b) => `${b.system}: ${b.datasets.map((d) => d.dataset).join(', ')}`);

/** A graph of edges only: `child → parent`. */
const graphOf = (edges: Array<[string, string]>): DatasetGraph => ({
  nodes: new Map(),
  edges: edges.map(([child, parent]) => ({ child, childField: 'parent_id', parent, parentField: 'id' })),
  broken: [],
});

describe('groupErasureBatches', () => {
  it('erases the demo shop in two transactions: the support desk first, then the whole shop children first', () => {
    const manifest = loadDemoShopManifest();
    const plan = planTraversal(manifest, ['email']);
    const batches = groupErasureBatches(buildDatasetGraph(manifest), plan.erasureOrder);
    expect(shape(batches)).toEqual(['crm: support-tickets, web-events', 'shop: newsletter, addresses, order-items, invoices, orders, customers']);
  });

  it('splits a system when its datasets and another system’s take turns along the references', () => {
    // a.leaf → b.middle → a.root: a.root may only go after b.middle, which may only go after a.leaf.
    const graph = graphOf([['a.leaf', 'b.middle'], ['b.middle', 'a.root']]);
    const batches = groupErasureBatches(graph, ['a.leaf', 'b.middle', 'a.root'].map(ref));
    expect(shape(batches)).toEqual(['a: leaf', 'b: middle', 'a: root']);
    const position = new Map(batches.flatMap((b) => b.datasets).map((d, i) => [nodeId(d), i]));
    for (const e of graph.edges) expect(position.get(e.child)!).toBeLessThan(position.get(e.parent)!);
  });

  it('still makes progress through a reference cycle, one dataset at a time', () => {
    const graph = graphOf([['a.x', 'a.y'], ['a.y', 'a.x']]);
    expect(shape(groupErasureBatches(graph, ['a.x', 'a.y'].map(ref)))).toEqual(['a: x', 'a: y']);
  });
});
