import type { ColumnType } from 'kysely';
import type { JsonValue } from '../db/database-schema.ts';

/** Row shape of migration 0006: one row per mail attempted, without address or content. */
export interface MailLogTable {
  id: string;
  at: ColumnType<Date, string, never>;
  recipient_hash: string;
  template: string;
  request_id: string | null;
  status: string;
}

/** Row shape of migration 0010: a mail waiting to be sent, its address and text sealed. Deleted once sent. */
export interface MailOutboxTable {
  id: string;
  template: string;
  request_id: string | null;
  on_sent: ColumnType<JsonValue | null, string | null, never>;
  iv: ColumnType<Uint8Array, Uint8Array, never>;
  auth_tag: ColumnType<Uint8Array, Uint8Array, never>;
  ciphertext: ColumnType<Uint8Array, Uint8Array, never>;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: ColumnType<Date, string, string>;
  locked_by: string | null;
  locked_until: ColumnType<Date | null, string | null, string | null>;
  last_error: string | null;
  created_at: ColumnType<Date, string, never>;
}
