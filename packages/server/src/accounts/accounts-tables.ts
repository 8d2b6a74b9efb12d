import type { ColumnType } from 'kysely';

// Row shapes of migration 0009. Timestamps are written as ISO strings and read back as Date.
type Timestamp = ColumnType<Date, string, string>;

export interface AdminUsersTable {
  id: string;
  email: string;
  password_hash: string;
  role: string;
  totp_secret: string | null;
  /** bigint: pg returns it as a string, PGlite as a number; the repository normalises with Number(). */
  totp_last_step: ColumnType<string | number | null, number | null | undefined, number | null>;
  created_at: ColumnType<Date, string | undefined, never>;
  disabled_at: ColumnType<Date | null, string | null | undefined, string | null>;
}

export interface AdminSessionsTable {
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}
