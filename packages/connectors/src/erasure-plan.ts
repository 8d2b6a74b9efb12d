import { createHmac } from 'node:crypto';
import type { DatasetSpec, ErasurePlan, ErasureStrategy } from './connector.ts';
import { ConnectorError } from './connector-error.ts';

/** What `redact` writes into a text column (cut to the column's length when shorter). */
export const REDACTED = '[redacted]';

/** The plan the manifest declares for a dataset: each personal field with its erasure strategy. */
export function planErasure(dataset: DatasetSpec, hashSecret: string): ErasurePlan {
  const strategies: Record<string, ErasureStrategy> = {};
  for (const field of dataset.fields) strategies[field.name] = field.erasure;
  return { strategies, hashSecret };
}

export function assertHashSecret(secret: string): Buffer {
  if (!/^(?:[0-9a-fA-F]{2}){16,}$/.test(secret)) {
    throw new ConnectorError('config', 'The erasure hash secret must be hex, at least 16 bytes (32 hex characters).');
  }
  return Buffer.from(secret, 'hex');
}

/**
 * HMAC-SHA256 (hex) of a value: the same input and secret give the same output in every system, so joins on a
 * hashed e-mail still match after erasure, while the value itself cannot be read back (GDPR Art. 4(5), pseudonymisation).
 */
export const hashValue = (secretHex: string, value: string): string =>
  createHmac('sha256', assertHashSecret(secretHex)).update(value, 'utf8').digest('hex');

/** A value `hash` already produced (possibly cut to the column length): hashing it again would break idempotence. */
export const looksHashed = (value: string, length: number): boolean => value.length === length && /^[0-9a-f]+$/.test(value);

export interface RowDecision {
  /** Delete the whole row: some field says delete_row and none says keep. */
  deleteRow: boolean;
  /** Fields to set NULL: `null` fields, and `delete_row` fields of a row that must be kept. */
  nullFields: string[];
  hashFields: string[];
  redactFields: string[];
  keepFields: string[];
}

/**
 * One rule for every engine: a row with a `keep` field (a retention duty, e.g. tax law) is never deleted; its
 * `delete_row` fields are nulled instead, so nothing is kept beyond what the retention rule needs (Art. 5(1)(c), 17(3)(b)).
 */
export function decideRowAction(plan: ErasurePlan): RowDecision {
  const entries = Object.entries(plan.strategies);
  const of = (s: ErasureStrategy) => entries.filter(([, strategy]) => strategy === s).map(([name]) => name);
  const keepFields = of('keep');
  const deleteFields = of('delete_row');
  const deleteRow = deleteFields.length > 0 && keepFields.length === 0;
  return {
    deleteRow,
    nullFields: deleteRow ? [] : [...of('null'), ...deleteFields],
    hashFields: deleteRow ? [] : of('hash'),
    redactFields: deleteRow ? [] : of('redact'),
    keepFields,
  };
}
