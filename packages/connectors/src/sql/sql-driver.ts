/** What the shared SQL connector needs from one engine: a Kysely-style seam of a few methods. */
export interface SqlSession {
  query(sql: string, params: readonly unknown[]): Promise<Record<string, unknown>[]>;
  /** Runs a statement and returns the number of rows it matched. */
  execute(sql: string, params: readonly unknown[]): Promise<number>;
}

export type ColumnKind = 'integer' | 'number' | 'text' | 'datetime' | 'boolean' | 'binary' | 'other';

export interface ColumnInfo {
  name: string;
  kind: ColumnKind;
  /** Declared maximum length of a text column, when the engine enforces one. */
  maxLength: number | null;
  nullable: boolean;
}

export interface SqlDriver extends SqlSession {
  readonly engine: 'postgres' | 'mysql' | 'sqlite';
  /** Where it connects, without credentials. */
  readonly target: string;
  /** Quotes an identifier that already passed `assertIdentifier`. */
  quote(name: string): string;
  /** The parameter marker for the 1-based position `index`. */
  placeholder(index: number): string;
  /** Appended to the SELECT that reads rows about to be changed (row locks where the engine has them). */
  readonly lockClause: string;
  /** The table's columns, or null when there is no such table. */
  columns(table: string): Promise<ColumnInfo[] | null>;
  /** Runs `work` in one transaction on one connection: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Maps an engine's type name to the kinds the connector treats differently. */
export function classifyColumnType(type: string): ColumnKind {
  const t = type.toLowerCase();
  if (/bool/.test(t) || t === 'tinyint(1)') return 'boolean';
  if (/^(big|small|tiny|medium)?int(eger)?\b|^int\d|serial/.test(t)) return 'integer';
  if (/char|text|clob|citext|uuid|enum|set|json/.test(t)) return 'text';
  if (/date|time/.test(t)) return 'datetime';
  if (/numeric|decimal|real|double|float|money/.test(t)) return 'number';
  if (/bytea|blob|binary/.test(t)) return 'binary';
  return 'other';
}
