import type { Manifest } from '@pledge/manifest';
import type { Connector, DatasetSpec, ErasureCounts, EraseTarget, Key, OperationContext, PendingResult } from '../connector.ts';
import { isPending, noCounts } from '../connector.ts';
import { describeError, isConnectorError } from '../connector-error.ts';
import { decideRowAction, planErasure } from '../erasure-plan.ts';
import { nodeId, type DatasetRef } from './dataset-graph.ts';
import { groupErasureBatches } from './erasure-batches.ts';
import { findSubjectRows, type FindOptions, type SubjectIdentity, type SubjectRows } from './find-subject-rows.ts';
import type { UnreachableDataset } from './plan-traversal.ts';

export interface RetainedFields {
  /** The retention rule that requires keeping the fields, and the law behind it (GDPR Art. 17(3)(b)). */
  rule: string | null;
  legalBasis: string | null;
  fields: string[];
}

export interface DatasetErasureReport extends DatasetRef, ErasureCounts {
  retention: RetainedFields[];
  errors: string[];
  /** Whether the errors may pass on a later run (a lost connection, a timeout), as opposed to needing a person. */
  retryable: boolean;
  pending: PendingResult[];
}

export interface ErasureReport {
  /** In the order erasure ran: children before parents. */
  datasets: DatasetErasureReport[];
  unreachable: UnreachableDataset[];
  cycles: DatasetRef[][];
}

export interface EraseOptions extends FindOptions {
  /** HMAC secret (hex) for `hash` fields; the same secret in every run keeps hashes stable. */
  hashSecret: string;
  /**
   * A resumed run's datasets settled earlier, by node id (`system.dataset`): not erased again. `waiting` ones (a
   * person has them) hold their parents back like a failure does.
   */
  settled?: ReadonlyMap<string, 'done' | 'waiting'>;
  /** Keys an interrupted run was about to erase, by node id: erased again with the found ones (its lookups may no longer reach them). */
  knownKeys?: ReadonlyMap<string, readonly Key[]>;
  /** Before a batch writes anything: the datasets and keys it is about to change, and whether it deletes their rows. */
  beforeBatch?(targets: ReadonlyArray<{ ref: DatasetRef; keys: readonly Key[]; deletesRows: boolean }>): Promise<void>;
  /** After a batch: the reports of the datasets it tried. */
  afterBatch?(reports: readonly DatasetErasureReport[]): Promise<void>;
}

type LocalizedText = string | { en?: string | undefined; nl?: string | undefined; de?: string | undefined };
const textOf = (text: LocalizedText | undefined): string | null => (text === undefined ? null : typeof text === 'string' ? text : (text.en ?? text.nl ?? text.de ?? null));

function retentionOf(manifest: Manifest, dataset: DatasetSpec): RetainedFields[] {
  const byRule = new Map<string | null, string[]>();
  for (const field of dataset.fields.filter((f) => f.erasure === 'keep')) {
    const rule = field.retention ?? dataset.retention ?? null;
    byRule.set(rule, [...(byRule.get(rule) ?? []), field.name]);
  }
  return [...byRule].map(([rule, fields]) => ({ rule, legalBasis: textOf(manifest.retention.find((r) => r.id === rule)?.legalBasis), fields }));
}

/** The sum of changes in a report: zero when a second run finds nothing left to erase. */
export const changesIn = (report: ErasureReport): number => report.datasets.reduce((n, d) => n + d.erased + d.nulled + d.hashed + d.redacted, 0);

/**
 * Erases a person from every reachable dataset (GDPR Art. 17): finds all rows first, then applies each dataset's
 * strategies children-first so foreign keys hold. Idempotent: a second run finds less or nothing and counts zero changes.
 */
export async function eraseSubjectData(
  manifest: Manifest,
  connectors: Readonly<Record<string, Connector>>,
  identities: readonly SubjectIdentity[],
  options: EraseOptions,
): Promise<ErasureReport> {
  return eraseFoundRows(manifest, connectors, await findSubjectRows(manifest, connectors, identities, options), options);
}

/**
 * Erases the rows a lookup found, batch by batch (erasure-batches.ts): each system's datasets in one transaction
 * where its connector can (`eraseMany`), else one call per dataset. A parent waits while a child is not erased:
 * its rows are how a later run finds the child's again.
 */
export async function eraseFoundRows(manifest: Manifest, connectors: Readonly<Record<string, Connector>>, found: SubjectRows, options: EraseOptions): Promise<ErasureReport> {
  const { graph, plan, states } = found;
  // Datasets whose rows are still unknown or not erased: their parents wait, or a later run could not find them again.
  const unfinished = new Set<string>();
  const waitingFor = (id: string) => graph.edges.filter((e) => e.parent === id && e.child !== e.parent && unfinished.has(e.child)).map((e) => e.child);
  const block = (report: DatasetErasureReport, id: string, error: string, retryable = false) => {
    report.errors.push(error);
    report.retryable = retryable;
    unfinished.add(id);
  };
  const context = { ...(options.requestId ? { requestId: options.requestId } : {}), ...(options.callbackUrl ? { callbackUrl: options.callbackUrl } : {}) };
  const datasets: DatasetErasureReport[] = [];
  for (const batch of groupErasureBatches(graph, plan.erasureOrder)) {
    const targets: Target[] = [];
    for (const ref of batch.datasets) {
      const id = nodeId(ref);
      const state = states.get(id)!;
      const report: DatasetErasureReport = { ...ref, ...noCounts(), retention: [], errors: [], retryable: false, pending: [...state.pending] };
      datasets.push(report);
      const settled = options.settled?.get(id);
      if (settled === 'done') continue;
      if (settled === 'waiting') {
        unfinished.add(id);
        continue;
      }
      // Rows we could not look up cannot be erased; the lookup error says why.
      if (state.failure) {
        block(report, id, state.failure.error, state.failure.retryable);
        continue;
      }
      if (state.pending.length > 0) unfinished.add(id);
      const blockedBy = waitingFor(id);
      if (blockedBy.length > 0) {
        block(report, id, notYet(blockedBy));
        continue;
      }
      const spec = state.node.spec;
      const found = [...state.rows.values()].map((row) => row[spec.primaryKey]).filter((k): k is Key => typeof k === 'string' || typeof k === 'number');
      const keys = [...new Map([...(options.knownKeys?.get(id) ?? []), ...found].map((k) => [String(k), k])).values()];
      if (keys.length === 0) continue;
      if (!connectors[ref.system]!.capabilities.canErase) {
        block(report, id, `The ${connectors[ref.system]!.engine} connector of system "${ref.system}" cannot erase.`);
        continue;
      }
      targets.push({ id, report, target: { dataset: spec, keys, plan: planErasure(spec, options.hashSecret) } });
    }
    if (targets.length === 0) continue;
    await options.beforeBatch?.(targets.map((t) => ({ ref: { system: t.report.system, dataset: t.report.dataset }, keys: t.target.keys, deletesRows: decideRowAction(t.target.plan).deleteRow })));
    await eraseBatch(connectors[batch.system]!, targets, context, { waitingFor, block });
    for (const t of targets) if (t.report.retained > 0) t.report.retention = retentionOf(manifest, t.target.dataset);
    await options.afterBatch?.(targets.map((t) => t.report));
  }
  return { datasets, unreachable: plan.unreachable, cycles: plan.cycles };
}

interface Target {
  id: string;
  report: DatasetErasureReport;
  target: EraseTarget;
}

const notYet = (children: string[]) => `Not erased yet: ${children.join(', ')} must be erased first, or the link to their rows would be lost; run the erasure again later.`;

interface BatchRules {
  waitingFor(id: string): string[];
  block(report: DatasetErasureReport, id: string, error: string, retryable?: boolean): void;
}

/**
 * One system's batch: one transaction for all of it when the connector has `eraseMany`. If that fails, nothing of
 * it was written, and the datasets go one by one: the failing one is found and recorded, the others are erased, and
 * a parent whose child failed waits.
 */
async function eraseBatch(connector: Connector, targets: Target[], context: OperationContext, rules: BatchRules): Promise<void> {
  if (connector.eraseMany && targets.length > 1) {
    try {
      const counts = await connector.eraseMany(targets.map((t) => t.target), context);
      targets.forEach((t, i) => Object.assign(t.report, counts[i]));
      return;
    } catch {
      // Fall through: one dataset at a time says which one fails.
    }
  }
  for (const t of targets) {
    const blockedBy = rules.waitingFor(t.id);
    if (blockedBy.length > 0) {
      rules.block(t.report, t.id, notYet(blockedBy));
      continue;
    }
    try {
      const result = await connector.eraseRows(t.target.dataset, t.target.keys, t.target.plan, context);
      // Accepted for later (a webhook's 202): the receiver has the keys, so the parent need not wait for it.
      if (isPending(result)) t.report.pending.push(result);
      else Object.assign(t.report, { erased: result.erased, nulled: result.nulled, hashed: result.hashed, redacted: result.redacted, retained: result.retained });
    } catch (error) {
      rules.block(t.report, t.id, describeError(error), isConnectorError(error) && error.retryable);
    }
  }
}
