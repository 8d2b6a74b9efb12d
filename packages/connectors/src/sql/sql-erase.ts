import type { DatasetSpec, ErasureCounts, ErasurePlan, Key } from '../connector.ts';
import { noCounts } from '../connector.ts';
import { ConnectorError } from '../connector-error.ts';
import { REDACTED, assertHashSecret, decideRowAction, hashValue, looksHashed } from '../erasure-plan.ts';
import type { ColumnInfo, SqlDriver, SqlSession } from './sql-driver.ts';
import { chunk, columnOf } from './table-columns.ts';

const HASH_LENGTH = 64;

/** Checks the plan against the columns before anything changes, so a wrong strategy fails cleanly. */
function checkPlan(dataset: DatasetSpec, columns: Map<string, ColumnInfo>, plan: ErasurePlan): void {
  for (const [name, strategy] of Object.entries(plan.strategies)) {
    const column = columnOf(columns, dataset, name);
    if ((strategy === 'hash' || strategy === 'redact') && column.kind !== 'text') {
      throw new ConnectorError('invalid_strategy', `Dataset "${dataset.id}": "${strategy}" needs a text column, but "${name}" is ${column.kind}; use null or delete_row.`);
    }
    if (strategy === 'null' && !column.nullable) {
      throw new ConnectorError('invalid_strategy', `Dataset "${dataset.id}": "null" cannot apply to "${name}", which is NOT NULL; use redact or delete_row.`);
    }
  }
  if (Object.values(plan.strategies).includes('hash')) assertHashSecret(plan.hashSecret);
}

/** A dataset's erasure, checked against its table and ready to run in a transaction. */
export interface PreparedErase {
  dataset: DatasetSpec;
  columns: Map<string, ColumnInfo>;
  keys: Key[];
  plan: ErasurePlan;
}

/** Checks the plan before any transaction opens, so a wrong strategy fails cleanly and changes nothing. */
export function prepareErase(dataset: DatasetSpec, columns: Map<string, ColumnInfo>, keys: Key[], plan: ErasurePlan): PreparedErase {
  checkPlan(dataset, columns, plan);
  return { dataset, columns, keys, plan };
}

/**
 * Applies a dataset's erasure plan to the rows with these keys, in one transaction (GDPR Art. 17).
 * Only values not already in their erased state are written, so a second run changes nothing and counts zero.
 */
export async function eraseSqlRows(driver: SqlDriver, dataset: DatasetSpec, columns: Map<string, ColumnInfo>, keys: Key[], plan: ErasurePlan): Promise<ErasureCounts> {
  const prepared = prepareErase(dataset, columns, keys, plan);
  if (keys.length === 0) return noCounts();
  return driver.transaction((tx) => eraseInSession(driver, tx, prepared));
}

/** One dataset's erasure inside the caller's transaction (eraseRows: its own; eraseMany: one for several datasets). */
export async function eraseInSession(driver: SqlDriver, tx: SqlSession, { dataset, columns, keys, plan }: PreparedErase): Promise<ErasureCounts> {
  const decision = decideRowAction(plan);
  const q = (name: string) => driver.quote(name);
  const table = q(dataset.table);
  const pk = dataset.primaryKey;
  const touched = [...new Set([pk, ...decision.nullFields, ...decision.hashFields, ...decision.redactFields])];
  const counts = noCounts();
  for (const part of chunk(keys)) {
    const marks = part.map((_, i) => driver.placeholder(i + 1)).join(', ');
    if (decision.deleteRow) {
      counts.erased += await tx.execute(`DELETE FROM ${table} WHERE ${q(pk)} IN (${marks})`, part);
      continue;
    }
    const rows = await tx.query(`SELECT ${touched.map(q).join(', ')} FROM ${table} WHERE ${q(pk)} IN (${marks})${driver.lockClause}`, part);
    // Rows that need exactly the same assignments (nulls, the redaction marker) share one UPDATE; hashes differ per row.
    const updates = new Map<string, { sets: [string, unknown][]; keys: unknown[] }>();
    for (const row of rows) {
      const sets: [string, unknown][] = [];
      const changed = { null: false, hash: false, redact: false };
      for (const name of decision.nullFields) {
        if (row[name] === null || row[name] === undefined) continue;
        sets.push([name, null]);
        changed.null = true;
      }
      for (const name of decision.redactFields) {
        const marker = REDACTED.slice(0, columns.get(name)?.maxLength ?? REDACTED.length);
        if (row[name] === null || row[name] === undefined || row[name] === marker) continue;
        sets.push([name, marker]);
        changed.redact = true;
      }
      for (const name of decision.hashFields) {
        const value = row[name];
        if (value === null || value === undefined) continue;
        const length = Math.min(HASH_LENGTH, columns.get(name)?.maxLength ?? HASH_LENGTH);
        if (looksHashed(String(value), length)) continue;
        sets.push([name, hashValue(plan.hashSecret, String(value)).slice(0, length)]);
        changed.hash = true;
      }
      if (sets.length > 0) {
        const signature = JSON.stringify(sets);
        const update = updates.get(signature) ?? { sets, keys: [] };
        update.keys.push(row[pk]);
        updates.set(signature, update);
      }
      counts.nulled += Number(changed.null);
      counts.redacted += Number(changed.redact);
      counts.hashed += Number(changed.hash);
      counts.retained += Number(decision.keepFields.length > 0);
    }
    for (const { sets, keys: ids } of updates.values()) {
      const assignments = sets.map(([name], i) => `${q(name)} = ${driver.placeholder(i + 1)}`).join(', ');
      const idMarks = ids.map((_, i) => driver.placeholder(sets.length + i + 1)).join(', ');
      await tx.execute(`UPDATE ${table} SET ${assignments} WHERE ${q(pk)} IN (${idMarks})`, [...sets.map(([, v]) => v), ...ids]);
    }
  }
  return counts;
}
