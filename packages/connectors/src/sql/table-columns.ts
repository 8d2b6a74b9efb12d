import type { DatasetSpec, Key } from '../connector.ts';
import { ConnectorError } from '../connector-error.ts';
import { assertDeclaredColumn, declaredColumns } from '../declared-fields.ts';
import { assertIdentifier } from '../identifiers.ts';

export { declaredColumns };
import type { ColumnInfo } from './sql-driver.ts';


/** Checks the manifest against the real table, so a typo gives a clear message instead of a driver error. */
export function checkDataset(dataset: DatasetSpec, columns: ColumnInfo[] | null): Map<string, ColumnInfo> {
  const where = `Dataset "${dataset.id}"`;
  assertIdentifier(dataset.table, `${where}: table`);
  if (columns === null) throw new ConnectorError('unknown_table', `${where}: table "${dataset.table}" does not exist in the database.`);
  const byName = new Map(columns.map((c) => [c.name, c]));
  for (const name of declaredColumns(dataset)) {
    assertIdentifier(name, `${where}: column`);
    if (!byName.has(name)) {
      const known = columns.map((c) => c.name).join(', ');
      throw new ConnectorError('unknown_column', `${where}: the manifest names column "${name}", but table "${dataset.table}" has no such column (it has: ${known}).`);
    }
  }
  return byName;
}

export function columnOf(columns: Map<string, ColumnInfo>, dataset: DatasetSpec, name: string): ColumnInfo {
  assertDeclaredColumn(dataset, name);
  return columns.get(name)!;
}

/**
 * Lookup and key values in the column's own type. Values that cannot be of that type are dropped rather than
 * cast: MySQL would otherwise turn '1 OR 1=1' into 1 when comparing with an integer column and match someone else.
 */
export function coerceValues(column: ColumnInfo, values: readonly Key[]): Key[] {
  const out = new Set<Key>();
  for (const value of values) {
    if (column.kind === 'integer') {
      const text = String(value).trim();
      if (!/^-?\d{1,19}$/.test(text)) continue;
      const n = Number(text);
      out.add(Number.isSafeInteger(n) ? n : BigInt(text).toString());
    } else if (column.kind === 'number') {
      if (Number.isFinite(Number(value)) && String(value).trim() !== '') out.add(Number(value));
    } else if (!String(value).includes('\u0000')) {
      // PostgreSQL text cannot hold NUL and refuses the whole statement; such a value matches nobody anywhere.
      out.add(String(value));
    }
  }
  return [...out];
}

export function chunk<T>(items: readonly T[], size = 500): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
