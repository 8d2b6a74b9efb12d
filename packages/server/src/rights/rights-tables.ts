import type { ColumnType, Generated } from 'kysely';
import type { JsonValue } from '../db/database-schema.ts';

// Row shapes of migration 0005. Timestamps are written as ISO strings and read back as Date.
type Timestamp = ColumnType<Date, string, string>;
type NullableTimestamp = ColumnType<Date | null, string | null | undefined, string | null>;
type Json = ColumnType<JsonValue, string, string>;
type NullableJson = ColumnType<JsonValue | null, string | null | undefined, string | null>;
type Bytes = ColumnType<Uint8Array, Uint8Array, never>;

export interface RightsRequestsTable {
  id: string;
  reference: string;
  type: string;
  jurisdiction: string;
  state: string;
  denial_reason: string | null;
  channel: string;
  received_at: Timestamp;
  /** Recomputed by the service whenever a fact behind it changes (extension, pause). */
  due_at: Timestamp;
  target_at: NullableTimestamp;
  acknowledge_by: NullableTimestamp;
  acknowledged_at: NullableTimestamp;
  extended_at: NullableTimestamp;
  extension_reason: string | null;
  clock_paused_at: NullableTimestamp;
  paused_days: ColumnType<number, number | undefined, number>;
  language: string;
  email: string;
  email_hash: string;
  /** Where results go: the person's own address; changed only after confirmation on it (attack 2). */
  delivery_email: string;
  name: string | null;
  phone: string | null;
  account_id: string | null;
  details: string | null;
  corrections: NullableJson;
  agent: NullableJson;
  agent_status: string | null;
  assurance_required: string;
  proofs: Json;
  status_token_hash: string;
  created_by: string;
  created_at: ColumnType<Date, string | undefined, never>;
  verified_at: NullableTimestamp;
  closed_at: NullableTimestamp;
}

export interface RightsRequestEventsTable {
  id: Generated<string | number>;
  request_id: string;
  at: Timestamp;
  kind: string;
  from_state: string | null;
  to_state: string | null;
  actor: string;
  visible_to_person: boolean;
  details: Json;
}

export interface RightsVerificationChallengesTable {
  id: string;
  request_id: string;
  purpose: string;
  link_token_hash: string;
  link_expires_at: Timestamp;
  code_hash: string | null;
  code_expires_at: NullableTimestamp;
  attempts: ColumnType<number, number | undefined, number>;
  locked_at: NullableTimestamp;
  consumed_at: NullableTimestamp;
  superseded_at: NullableTimestamp;
  payload: Json;
  created_at: Timestamp;
}

export interface RightsRequestLinksTable {
  request_id: string;
  related_id: string;
  kind: string;
  created_at: Timestamp;
}

export interface RightsApprovalsTable {
  id: string;
  kind: string;
  request_id: string | null;
  payload: Json;
  evidence: string;
  proposed_by: string;
  proposed_at: Timestamp;
  decided_by: string | null;
  decided_at: NullableTimestamp;
  decision: string | null;
}

export interface RightsAssuranceOverridesTable {
  type: string;
  level: string;
  reason: string;
  changed_by: string;
  approved_by: string | null;
  changed_at: Timestamp;
}

export interface RightsAgentDocumentsTable {
  request_id: string;
  content_type: string;
  size_bytes: number;
  iv: Bytes;
  auth_tag: Bytes;
  ciphertext: Bytes;
  uploaded_at: Timestamp;
}

export interface RightsRequestRemindersTable {
  request_id: string;
  day: string;
  kind: string;
  created_at: Timestamp;
}

export interface RateLimitHitsTable {
  bucket: string;
  at: Timestamp;
}
