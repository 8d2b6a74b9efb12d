import type { Manifest } from '@pledge/manifest';
import type { Connector, DatasetSpec, ErasureCounts, Key, PendingResult } from '../connector.ts';
import { isPending, noCounts } from '../connector.ts';
import { describeError } from '../connector-error.ts';
import { planErasure } from '../erasure-plan.ts';
import { nodeId, type DatasetRef } from './dataset-graph.ts';
import { findSubjectRows, type FindOptions, type SubjectIdentity } from './find-subject-rows.ts';
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
  const { graph, plan, states } = await findSubjectRows(manifest, connectors, identities, options);
  // Datasets whose rows are still unknown or not erased: their parents wait, or a later run could not find them again.
  const unfinished = new Set<string>();
  const context = { ...(options.requestId ? { requestId: options.requestId } : {}), ...(options.callbackUrl ? { callbackUrl: options.callbackUrl } : {}) };
  const datasets: DatasetErasureReport[] = [];
  for (const ref of plan.erasureOrder) {
    const state = states.get(nodeId(ref))!;
    const spec = state.node.spec;
    const report: DatasetErasureReport = { ...ref, ...noCounts(), retention: [], errors: [], pending: [...state.pending] };
    datasets.push(report);
    if (state.failure) {
      // Rows we could not look up cannot be erased; the lookup error says why.
      report.errors.push(state.failure.error);
      unfinished.add(state.node.id);
      continue;
    }
    if (state.pending.length > 0) unfinished.add(state.node.id);
    const waitingFor = graph.edges.filter((e) => e.parent === state.node.id && e.child !== e.parent && unfinished.has(e.child)).map((e) => e.child);
    if (waitingFor.length > 0) {
      report.errors.push(`Not erased yet: ${waitingFor.join(', ')} must be erased first, or the link to their rows would be lost; run the erasure again later.`);
      unfinished.add(state.node.id);
      continue;
    }
    const keys = [...state.rows.values()].map((row) => row[spec.primaryKey]).filter((k): k is Key => typeof k === 'string' || typeof k === 'number');
    if (keys.length === 0) continue;
    const connector = connectors[ref.system]!;
    if (!connector.capabilities.canErase) {
      report.errors.push(`The ${connector.engine} connector of system "${ref.system}" cannot erase.`);
      unfinished.add(state.node.id);
      continue;
    }
    try {
      const result = await connector.eraseRows(spec, keys, planErasure(spec, options.hashSecret), context);
      if (isPending(result)) report.pending.push(result);
      else Object.assign(report, { erased: result.erased, nulled: result.nulled, hashed: result.hashed, redacted: result.redacted, retained: result.retained });
    } catch (error) {
      report.errors.push(describeError(error));
      unfinished.add(state.node.id);
    }
    if (report.retained > 0) report.retention = retentionOf(manifest, spec);
  }
  return { datasets, unreachable: plan.unreachable, cycles: plan.cycles };
}
