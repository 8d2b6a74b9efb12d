import type { ColumnType } from 'kysely';
import type { JsonValue } from '../db/database-schema.ts';

// Row shape of migration 0007. Timestamps are written as ISO strings (or SQL now()) and read back as Date.
type Timestamp = ColumnType<Date, string, string>;
type NullableTimestamp = ColumnType<Date | null, string | null | undefined, string | null>;

export interface JobsTable {
  id: string;
  kind: string;
  payload: ColumnType<JsonValue, string, string>;
  idempotency_key: string | null;
  status: string;
  attempts: ColumnType<number, number | undefined, number>;
  max_attempts: number;
  run_at: Timestamp;
  locked_by: string | null;
  locked_until: NullableTimestamp;
  last_error: string | null;
  created_at: Timestamp;
  finished_at: NullableTimestamp;
}
