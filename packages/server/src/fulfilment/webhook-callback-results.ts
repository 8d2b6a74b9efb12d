import { declaredColumns, noCounts, toJsonRow, type DatasetSpec, type ErasureCounts, type Row, type WebhookCallback } from '@pledge/connectors';
import type { JsonValue } from '../db/database-schema.ts';
import { PledgeError } from '../errors/pledge-error.ts';
import type { WaitingStep } from './webhook-callback.repository.ts';

/** The step kind each asynchronous action answers. */
export const KIND_OF_ACTION = { access: 'collect', erase: 'erase', rectify: 'rectify', restrict: 'restrict' } as const;

/** What a step's `result` keeps about the callbacks it has had (never personal data: ids, counts, reasons). */
export interface CallbackProgress {
  settled: string[];
  failed: Array<{ operationId: string; reason: string }>;
  counts: ErasureCounts;
  updated: number;
}

/** The operations a waiting step waits on: collect steps list several (one per lookup), the others one. */
export function pendingIdsOf(step: WaitingStep): string[] {
  const r = step.result ?? {};
  if (Array.isArray(r.pendingIds)) return r.pendingIds.filter((id): id is string => typeof id === 'string');
  return typeof r.pendingId === 'string' ? [r.pendingId] : [];
}

/** Every operation the step waited on, including those already answered (a done step's result keeps only those). */
export function operationsOf(step: WaitingStep): string[] {
  const p = progressOf(step);
  return [...pendingIdsOf(step), ...p.settled, ...p.failed.map((f) => f.operationId)];
}

export function progressOf(step: WaitingStep): CallbackProgress {
  const saved = (step.result?.callbacks ?? {}) as Partial<CallbackProgress>;
  return { settled: [...(saved.settled ?? [])], failed: [...(saved.failed ?? [])], counts: { ...noCounts(), ...(saved.counts ?? {}) }, updated: saved.updated ?? 0 };
}

const invalid = (path: string, rule: string, message: string) => new PledgeError('callback_result_invalid', { details: [{ path, rule, message }] });

/**
 * Access rows, checked against the manifest like any answer Pledge files (GDPR Art. 15): only columns the dataset
 * declares, JSON values as the connectors hand them over. A 400 names the first offending field.
 */
export function acceptedRows(spec: DatasetSpec, result: WebhookCallback['result']): Row[] {
  if (!('rows' in result)) throw invalid('body.result.rows', 'required', 'an access callback carries `rows` (or `error`)');
  const declared = new Set(declaredColumns(spec));
  return result.rows.map((raw, i) => {
    const undeclared = Object.keys(raw).find((name) => !declared.has(name));
    if (undeclared !== undefined) throw invalid(`body.result.rows.${i}.${undeclared}`, 'undeclared_field', `"${undeclared}" is not a column the manifest declares for dataset "${spec.id}" (it has: ${[...declared].join(', ')})`);
    return toJsonRow(raw);
  });
}

/** Rows found by several lookups of one dataset, each row once (by primary key). */
export function mergeRows(spec: DatasetSpec, known: readonly Row[], found: readonly Row[]): Row[] {
  const byKey = new Map<string, Row>();
  for (const row of [...known, ...found]) {
    const key = row[spec.primaryKey];
    byKey.set(key === undefined || key === null ? JSON.stringify(row) : String(key), row);
  }
  return [...byKey.values()];
}

export function erasureCounts(result: WebhookCallback['result']): ErasureCounts {
  if (!('counts' in result)) throw invalid('body.result.counts', 'required', 'an erase callback carries `counts` (or `error`)');
  return result.counts;
}

export function updatedCount(result: WebhookCallback['result']): number {
  if (!('updated' in result) || 'rows' in result || 'counts' in result) throw invalid('body.result.updated', 'required', 'a rectify or restrict callback carries `updated` (or `error`)');
  return result.updated;
}

export const addCounts = (a: ErasureCounts, b: ErasureCounts): ErasureCounts => ({
  erased: a.erased + b.erased,
  nulled: a.nulled + b.nulled,
  hashed: a.hashed + b.hashed,
  redacted: a.redacted + b.redacted,
  retained: a.retained + b.retained,
});

export const progressJson = (p: CallbackProgress): { [key: string]: JsonValue } => ({ settled: p.settled, failed: p.failed, counts: { ...p.counts }, updated: p.updated });
