import type { ColumnType } from 'kysely';

/** A JSON value as stored in a jsonb column. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Dates come back as Date from both drivers; we write ISO strings so the millisecond we hashed is the one stored. */
type CreatedTimestamp = ColumnType<Date, string | undefined, never>;
type NullableTimestamp = ColumnType<Date | null, string | null | undefined, string | null>;

export interface ApiKeysTable {
  id: string;
  label: string;
  /** One of auth/roles.ts ROLES; a CHECK constraint keeps other values out. */
  role: string;
  /** `plg_<publicId>`: indexed so a presented key is found without scanning hashes. */
  prefix: string;
  /** SHA-256 (hex) of the whole key. The plaintext is never stored. */
  secret_hash: string;
  created_at: CreatedTimestamp;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

export interface AuditLogTable {
  /** bigint: pg returns it as a string, PGlite as a number; repositories normalise with Number(). */
  seq: ColumnType<string | number, number, never>;
  at: ColumnType<Date, string, never>;
  actor: ColumnType<string, string, never>;
  action: ColumnType<string, string, never>;
  target: ColumnType<string | null, string | null, never>;
  details: ColumnType<JsonValue, string, never>;
  prev_hash: ColumnType<string, string, never>;
  hash: ColumnType<string, string, never>;
}

/** The tables the current code reads and writes. Migrations deliberately use Kysely<any>: they are frozen in time. */
export interface Database {
  api_keys: ApiKeysTable;
  audit_log: AuditLogTable;
}
