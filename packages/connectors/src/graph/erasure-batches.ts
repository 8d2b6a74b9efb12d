import { nodeId, type DatasetGraph, type DatasetRef } from './dataset-graph.ts';

/** Datasets of one system erased together: in one transaction where the connector can (`eraseMany`). */
export interface ErasureBatch {
  system: string;
  /** Children before parents. */
  datasets: DatasetRef[];
}

/**
 * Groups the erasure order (children first) into batches of one system each. A dataset joins its system's batch
 * when every child it has is erased in an earlier batch or earlier in the same one, so foreign keys hold and a
 * parent never goes before the rows that point at it. A system whose remaining datasets can all go at once is
 * taken first, so most systems are one batch (the demo shop: crm, then shop). Only a reference cycle can leave no
 * dataset ready; its datasets then go one at a time in the erasure order, which inside a cycle is not guaranteed.
 */
export function groupErasureBatches(graph: DatasetGraph, order: readonly DatasetRef[]): ErasureBatch[] {
  const wanted = new Set(order.map(nodeId));
  const children = new Map(order.map((ref) => [nodeId(ref), graph.edges.filter((e) => e.parent === nodeId(ref) && e.child !== e.parent && wanted.has(e.child)).map((e) => e.child)]));
  const erased = new Set<string>();
  const batches: ErasureBatch[] = [];
  let remaining = [...order];
  while (remaining.length > 0) {
    const candidates = [...new Set(remaining.map((r) => r.system))].map((system) => {
      const mine = remaining.filter((r) => r.system === system);
      const taken = new Set<string>();
      for (const ref of mine) if (children.get(nodeId(ref))!.every((c) => erased.has(c) || taken.has(c))) taken.add(nodeId(ref));
      return { system, datasets: mine.filter((r) => taken.has(nodeId(r))), complete: taken.size === mine.length };
    });
    const ready = candidates.filter((c) => c.datasets.length > 0);
    const batch = ready.find((c) => c.complete) ?? ready[0] ?? { system: remaining[0]!.system, datasets: [remaining[0]!] };
    batches.push({ system: batch.system, datasets: batch.datasets });
    for (const ref of batch.datasets) erased.add(nodeId(ref));
    remaining = remaining.filter((r) => !erased.has(nodeId(r)));
  }
  return batches;
}
