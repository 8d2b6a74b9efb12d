import type { ColumnType } from 'kysely';
import type { AdminSessionsTable, AdminUsersTable } from '../accounts/accounts-tables.ts';
import type { AccessPackagesTable, FulfilmentIdentitiesTable, FulfilmentNotificationsTable, FulfilmentStepsTable, PackageDownloadsTable } from '../fulfilment/fulfilment-tables.ts';
import type { JobsTable } from '../jobs/jobs-tables.ts';
import type { MailLogTable, MailOutboxTable } from '../mail/mail-tables.ts';
import type {
  RateLimitHitsTable,
  RightsAgentDocumentsTable,
  RightsApprovalsTable,
  RightsAssuranceOverridesTable,
  RightsRequestEventsTable,
  RightsRequestLinksTable,
  RightsRequestRemindersTable,
  RightsRequestsTable,
  RightsVerificationChallengesTable,
} from '../rights/rights-tables.ts';

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
  /** The audit actor that created the key (`user:<id>`, `key:<id>`, `cli`, `system`); null only if never recorded. */
  created_by: string | null;
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

/** Published privacy notices (notice/): append-only, a trigger refuses UPDATE and DELETE. */
export interface NoticeVersionsTable {
  number: ColumnType<number, number, never>;
  published_at: ColumnType<Date, string, never>;
  /** A `date`: read it with to_char(..., 'YYYY-MM-DD') so no driver turns it into a local-midnight Date. */
  effective_date: ColumnType<Date | string, string, never>;
  manifest_hash: ColumnType<string, string, never>;
  /** Canonical JSON text of the manifest as published. */
  manifest: ColumnType<string, string, never>;
  renders: ColumnType<JsonValue, string, never>;
  changes: ColumnType<JsonValue, string, never>;
  material: ColumnType<boolean, boolean, never>;
  affected_purposes: ColumnType<JsonValue, string, never>;
  published_by: ColumnType<string, string, never>;
}

/** One row per material notice version and channel from notice.changes.notifyBy; never deleted. */
export interface NoticeChangeNotificationsTable {
  version_number: ColumnType<number, number, never>;
  channel: ColumnType<string, string, never>;
  status: ColumnType<string, string | undefined, string>;
  created_at: ColumnType<Date, string, never>;
  sent_at: NullableTimestamp;
}

/** The consent ledger (consent/): append-only; a trigger allows only the erasure of the personal columns. */
export interface ConsentRecordsTable {
  /** bigint: pg returns it as a string, PGlite as a number; repositories normalise with Number(). */
  seq: ColumnType<string | number, number, never>;
  receipt: ColumnType<string, string, never>;
  recorded_at: ColumnType<Date, string, never>;
  subject_key: ColumnType<string, string, never>;
  site: ColumnType<string | null, string | null, never>;
  origin: ColumnType<string | null, string | null, never>;
  actor: ColumnType<string, string, never>;
  method: ColumnType<string, string, never>;
  reason: ColumnType<string | null, string | null, never>;
  choices: ColumnType<JsonValue, string, never>;
  vendors: ColumnType<JsonValue, string, never>;
  consent_mode: ColumnType<JsonValue, string, never>;
  notice_version: ColumnType<string, string, never>;
  text_version: ColumnType<string, string, never>;
  language: ColumnType<string, string, never>;
  gpc: ColumnType<boolean, boolean, never>;
  gpc_header: ColumnType<boolean, boolean, never>;
  dnt: ColumnType<boolean, boolean, never>;
  region: ColumnType<string | null, string | null, never>;
  region_source: ColumnType<string, string, never>;
  test: ColumnType<boolean, boolean, never>;
  prev_hash: ColumnType<string, string, never>;
  hash: ColumnType<string, string, never>;
  /** Personal columns, outside the chain: erasable (set to null), never otherwise changed. */
  account_id: ColumnType<string | null, string | null, null>;
  ip_prefix: ColumnType<string | null, string | null, null>;
  ua_hash: ColumnType<string | null, string | null, null>;
  erased_at: NullableTimestamp;
}

/** The tables the current code reads and writes. Migrations deliberately use Kysely<any>: they are frozen in time. */
export interface Database {
  api_keys: ApiKeysTable;
  audit_log: AuditLogTable;
  notice_versions: NoticeVersionsTable;
  notice_change_notifications: NoticeChangeNotificationsTable;
  consent_records: ConsentRecordsTable;
  rights_requests: RightsRequestsTable;
  rights_request_events: RightsRequestEventsTable;
  rights_verification_challenges: RightsVerificationChallengesTable;
  rights_request_links: RightsRequestLinksTable;
  rights_approvals: RightsApprovalsTable;
  rights_assurance_overrides: RightsAssuranceOverridesTable;
  rights_agent_documents: RightsAgentDocumentsTable;
  rights_request_reminders: RightsRequestRemindersTable;
  rate_limit_hits: RateLimitHitsTable;
  mail_log: MailLogTable;
  mail_outbox: MailOutboxTable;
  jobs: JobsTable;
  fulfilment_steps: FulfilmentStepsTable;
  fulfilment_identities: FulfilmentIdentitiesTable;
  fulfilment_notifications: FulfilmentNotificationsTable;
  access_packages: AccessPackagesTable;
  package_downloads: PackageDownloadsTable;
  admin_users: AdminUsersTable;
  admin_sessions: AdminSessionsTable;
}
