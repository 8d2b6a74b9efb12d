import type { ColumnType } from 'kysely';
import type { JsonValue } from '../db/database-schema.ts';

// Row shapes of migration 0008. Timestamps are written as ISO strings and read back as Date.
type Timestamp = ColumnType<Date, string, string>;
type NullableTimestamp = ColumnType<Date | null, string | null | undefined, string | null>;
type NullableBytes = ColumnType<Uint8Array | null, Uint8Array | null | undefined, Uint8Array | null>;
type Bytes = ColumnType<Uint8Array, Uint8Array, never>;

export interface FulfilmentStepsTable {
  id: string;
  request_id: string;
  key: string;
  position: number;
  kind: string;
  system: string | null;
  dataset: string | null;
  recipient: string | null;
  status: string;
  attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
  result: ColumnType<JsonValue | null, string | null | undefined, string | null>;
  data_iv: NullableBytes;
  data_tag: NullableBytes;
  data: NullableBytes;
  resolved_by: string | null;
  created_at: Timestamp;
  started_at: NullableTimestamp;
  finished_at: NullableTimestamp;
}

export interface FulfilmentIdentitiesTable {
  request_id: string;
  type: string;
  value: string;
  added_by: string;
  created_at: Timestamp;
}

export interface FulfilmentNotificationsTable {
  request_id: string;
  recipient: string;
  event: string;
  channel: string;
  status: string;
  created_at: Timestamp;
}

export interface AccessPackagesTable {
  request_id: string;
  iv: Bytes;
  auth_tag: Bytes;
  ciphertext: Bytes;
  size_bytes: number;
  sha256: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface PackageDownloadsTable {
  id: string;
  request_id: string;
  token_hash: string;
  expires_at: Timestamp;
  code_hash: string | null;
  code_expires_at: NullableTimestamp;
  code_attempts: ColumnType<number, number | undefined, number>;
  used_at: NullableTimestamp;
  created_at: Timestamp;
}
