import type { Capabilities, Connector, ConnectorDescription, DatasetSpec, ErasureCounts, ErasurePlan, EraseTarget, Key, Lookup, Row, UpdateCount, Value } from '../connector.ts';
import { noCounts } from '../connector.ts';
import { ConnectorError } from '../connector-error.ts';
import { assertDeclaredChanges } from '../declared-fields.ts';
import { assertIdentifier } from '../identifiers.ts';
import { toJsonRow, toJsonValue } from '../json-values.ts';
import type { ColumnInfo, SqlDriver } from './sql-driver.ts';
import { eraseInSession, eraseSqlRows, prepareErase } from './sql-erase.ts';
import { checkDataset, chunk, coerceValues, columnOf, declaredColumns } from './table-columns.ts';

export interface SqlConnectorOptions {
  /** A nullable timestamp column that marks a row as restricted (GDPR Art. 18); datasets without it cannot be restricted. */
  restrictionColumn: string;
}

const CAPABILITIES: Capabilities = Object.freeze({ canAccess: true, canErase: true, canRectify: true, canRestrict: true });

/** The contract for every SQL engine; the engine folders only supply a `SqlDriver`. */
export class SqlConnector implements Connector {
  readonly capabilities = CAPABILITIES;
  readonly #driver: SqlDriver;
  readonly #options: SqlConnectorOptions;
  readonly #tables = new Map<string, Promise<Map<string, ColumnInfo>>>();

  constructor(driver: SqlDriver, options: SqlConnectorOptions) {
    this.#driver = driver;
    this.#options = { restrictionColumn: assertIdentifier(options.restrictionColumn, 'restrictionColumn') };
  }

  get engine(): SqlDriver['engine'] {
    return this.#driver.engine;
  }

  describe(): ConnectorDescription {
    return { engine: this.engine, capabilities: this.capabilities, target: this.#driver.target };
  }

  async findRows(dataset: DatasetSpec, lookup: Lookup): Promise<Row[]> {
    const columns = await this.#columns(dataset);
    const column = columnOf(columns, dataset, lookup.field);
    const values = coerceValues(column, lookup.values);
    const q = (name: string) => this.#driver.quote(name);
    // Text matches are exact in every engine: MySQL's default collations would also match other case and trailing spaces.
    const wanted = column.kind === 'text' ? new Set(values.map(String)) : null;
    const found = new Map<string, Row>();
    for (const part of chunk(values)) {
      const marks = part.map((_, i) => this.#driver.placeholder(i + 1)).join(', ');
      const raw = await this.#driver.query(`SELECT * FROM ${q(dataset.table)} WHERE ${q(lookup.field)} IN (${marks}) ORDER BY ${q(dataset.primaryKey)}`, part);
      for (const row of raw.map(toJsonRow)) {
        if (wanted && !wanted.has(String(row[lookup.field]))) continue;
        found.set(String(row[dataset.primaryKey]), row);
      }
    }
    return [...found.values()];
  }

  async eraseRows(dataset: DatasetSpec, keys: readonly Key[], plan: ErasurePlan): Promise<ErasureCounts> {
    const columns = await this.#columns(dataset);
    return eraseSqlRows(this.#driver, dataset, columns, coerceValues(columnOf(columns, dataset, dataset.primaryKey), keys), plan);
  }

  /** Several datasets in one transaction, children first as given: one commit, all or nothing. */
  async eraseMany(targets: readonly EraseTarget[]): Promise<ErasureCounts[]> {
    const columns = await Promise.all(targets.map((t) => this.#columns(t.dataset)));
    // Every plan is checked before the transaction opens, so a wrong strategy fails before anything changes.
    const prepared = targets.map((t, i) => prepareErase(t.dataset, columns[i]!, coerceValues(columnOf(columns[i]!, t.dataset, t.dataset.primaryKey), t.keys), t.plan));
    if (prepared.every((p) => p.keys.length === 0)) return prepared.map(() => noCounts());
    return this.#driver.transaction(async (tx) => {
      const counts: ErasureCounts[] = [];
      for (const p of prepared) counts.push(p.keys.length === 0 ? noCounts() : await eraseInSession(this.#driver, tx, p));
      return counts;
    });
  }

  async rectifyRows(dataset: DatasetSpec, keys: readonly Key[], changes: Readonly<Record<string, Value>>): Promise<UpdateCount> {
    const columns = await this.#columns(dataset);
    assertDeclaredChanges(dataset, changes);
    const entries = Object.entries(changes);
    for (const [name] of entries) columnOf(columns, dataset, name);
    const ids = coerceValues(columnOf(columns, dataset, dataset.primaryKey), keys);
    if (entries.length === 0 || ids.length === 0) return { updated: 0 };
    const sets = entries.map(([name], i) => `${this.#driver.quote(name)} = ${this.#driver.placeholder(i + 1)}`).join(', ');
    return this.#updateByKeys(dataset, ids, sets, entries.map(([, v]) => toJsonValue(v)), '');
  }

  async restrictRows(dataset: DatasetSpec, keys: readonly Key[], restricted: boolean): Promise<UpdateCount> {
    const columns = await this.#columns(dataset);
    const flag = this.#options.restrictionColumn;
    if (!columns.has(flag)) {
      throw new ConnectorError(
        'unsupported',
        `Dataset "${dataset.id}": table "${dataset.table}" has no "${flag}" column. Add a nullable timestamp column "${flag}" so Pledge can mark rows as restricted (GDPR Art. 18).`,
      );
    }
    const ids = coerceValues(columnOf(columns, dataset, dataset.primaryKey), keys);
    if (ids.length === 0) return { updated: 0 };
    const col = this.#driver.quote(flag);
    // Only rows not yet in the wanted state, so repeating the request counts zero.
    return restricted
      ? this.#updateByKeys(dataset, ids, `${col} = CURRENT_TIMESTAMP`, [], ` AND ${col} IS NULL`)
      : this.#updateByKeys(dataset, ids, `${col} = NULL`, [], ` AND ${col} IS NOT NULL`);
  }

  async close(): Promise<void> {
    await this.#driver.close();
  }

  async #updateByKeys(dataset: DatasetSpec, ids: Key[], sets: string, params: unknown[], extra: string): Promise<UpdateCount> {
    const q = (name: string) => this.#driver.quote(name);
    return this.#driver.transaction(async (tx) => {
      let updated = 0;
      for (const part of chunk(ids)) {
        const marks = part.map((_, i) => this.#driver.placeholder(params.length + i + 1)).join(', ');
        updated += await tx.execute(`UPDATE ${q(dataset.table)} SET ${sets} WHERE ${q(dataset.primaryKey)} IN (${marks})${extra}`, [...params, ...part]);
      }
      return { updated };
    });
  }

  /** The table's columns, checked against the manifest once per table. */
  #columns(dataset: DatasetSpec): Promise<Map<string, ColumnInfo>> {
    const key = `${dataset.table}:${declaredColumns(dataset).join(',')}`;
    let pending = this.#tables.get(key);
    if (!pending) {
      pending = this.#driver.columns(assertIdentifier(dataset.table, `Dataset "${dataset.id}": table`)).then((columns) => checkDataset(dataset, columns));
      pending.catch(() => this.#tables.delete(key));
      this.#tables.set(key, pending);
    }
    return pending;
  }
}
