import type { ColumnType } from 'kysely';

/** Row shape of migration 0006: one row per mail attempted, without address or content. */
export interface MailLogTable {
  id: string;
  at: ColumnType<Date, string, never>;
  recipient_hash: string;
  template: string;
  request_id: string | null;
  status: string;
}
