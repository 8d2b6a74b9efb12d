import type { Row, Value } from './connector.ts';

/** Driver values as plain JSON, so an export is the same whatever the engine (GDPR Art. 20: machine-readable). */
export function toJsonValue(value: unknown): Value {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  return JSON.stringify(value);
}

export function toJsonRow(raw: Record<string, unknown>): Row {
  const row: Row = {};
  for (const [key, value] of Object.entries(raw)) row[key] = toJsonValue(value);
  return row;
}
