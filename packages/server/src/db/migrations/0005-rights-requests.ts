import { sql, type Kysely } from 'kysely';

// Immutable once merged: change the schema with a new numbered migration, never by editing this one.

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));
const TYPES = ['access', 'know', 'portability', 'rectification', 'erasure', 'restriction', 'objection', 'objection_direct_marketing', 'withdraw_consent', 'opt_out_sale_share', 'limit_sensitive'];
const STATES = ['received', 'identity_verification', 'verified', 'in_progress', 'waiting_on_manual_tasks', 'completed', 'denied', 'withdrawn'];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rights_requests')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('type', 'text', (c) => c.notNull().check(sql`type in (${list(TYPES)})`))
    .addColumn('jurisdiction', 'text', (c) => c.notNull().check(sql`jurisdiction in ('gdpr', 'uk_gdpr', 'ccpa', 'lgpd')`))
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in (${list(STATES)})`))
    .addColumn('denial_reason', 'text', (c) => c.check(sql`denial_reason in ('unverifiable', 'manifestly_unfounded', 'excessive', 'legal_exemption')`))
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('web_form', 'email', 'postal', 'phone', 'toll_free', 'account_settings')`))
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    .addColumn('due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('target_at', 'timestamptz')
    .addColumn('acknowledge_by', 'timestamptz')
    .addColumn('acknowledged_at', 'timestamptz')
    .addColumn('extended_at', 'timestamptz')
    .addColumn('extension_reason', 'text')
    .addColumn('clock_paused_at', 'timestamptz')
    .addColumn('paused_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('email_hash', 'text', (c) => c.notNull())
    .addColumn('delivery_email', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('phone', 'text')
    .addColumn('account_id', 'text')
    .addColumn('details', 'text')
    .addColumn('corrections', 'jsonb')
    .addColumn('agent', 'jsonb')
    .addColumn('agent_status', 'text', (c) => c.check(sql`agent_status in ('awaiting_document', 'awaiting_review', 'approved', 'rejected')`))
    .addColumn('assurance_required', 'text', (c) => c.notNull().check(sql`assurance_required in ('none', 'standard', 'step_up')`))
    .addColumn('proofs', 'jsonb', (c) => c.notNull())
    .addColumn('status_token_hash', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('verified_at', 'timestamptz')
    .addColumn('closed_at', 'timestamptz')
    .addCheckConstraint('rights_requests_denied_has_reason', sql`(state = 'denied') = (denial_reason is not null)`)
    .execute();
  await db.schema.createIndex('rights_requests_state_due').on('rights_requests').columns(['state', 'due_at']).execute();
  await db.schema.createIndex('rights_requests_email_hash').on('rights_requests').columns(['email_hash', 'type']).execute();

  // The timeline: one row per transition and per notable step. Person-visible rows form the status page.
  await db.schema
    .createTable('rights_request_events')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('request_id', 'uuid', (c) => c.notNull().references('rights_requests.id').onDelete('cascade'))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_state', 'text')
    .addColumn('to_state', 'text')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('visible_to_person', 'boolean', (c) => c.notNull())
    .addColumn('details', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rights_request_events_request').on('rights_request_events').columns(['request_id', 'id']).execute();

  await db.schema
    .createTable('rights_verification_challenges')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('request_id', 'uuid', (c) => c.notNull().references('rights_requests.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose in ('identity', 'delivery_change')`))
    .addColumn('link_token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('link_expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('code_hash', 'text')
    .addColumn('code_expires_at', 'timestamptz')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_at', 'timestamptz')
    .addColumn('consumed_at', 'timestamptz')
    .addColumn('superseded_at', 'timestamptz')
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rights_challenges_request').on('rights_verification_challenges').columns(['request_id', 'created_at']).execute();

  await db.schema
    .createTable('rights_request_links')
    .addColumn('request_id', 'uuid', (c) => c.notNull().references('rights_requests.id').onDelete('cascade'))
    .addColumn('related_id', 'uuid', (c) => c.notNull().references('rights_requests.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('rights_request_links_pk', ['request_id', 'related_id'])
    .execute();

  // The two-person rule: abuse denials (attack 13) and lowered assurance (attack 4) wait here for a second approver.
  await db.schema
    .createTable('rights_approvals')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('deny_request', 'lower_assurance')`))
    .addColumn('request_id', 'uuid', (c) => c.references('rights_requests.id').onDelete('cascade'))
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('proposed_by', 'text', (c) => c.notNull())
    .addColumn('proposed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decision', 'text', (c) => c.check(sql`decision in ('approved', 'rejected')`))
    .addCheckConstraint('rights_approvals_two_people', sql`decided_by is null or decided_by <> proposed_by`)
    .execute();

  await db.schema
    .createTable('rights_assurance_overrides')
    .addColumn('type', 'text', (c) => c.primaryKey())
    .addColumn('level', 'text', (c) => c.notNull().check(sql`level in ('none', 'standard', 'step_up')`))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('changed_by', 'text', (c) => c.notNull())
    .addColumn('approved_by', 'text')
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull())
    .execute();

  // Authorised agents' documents, AES-256-GCM encrypted; the row is deleted once a person has decided.
  await db.schema
    .createTable('rights_agent_documents')
    .addColumn('request_id', 'uuid', (c) => c.primaryKey().references('rights_requests.id').onDelete('cascade'))
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('iv', 'bytea', (c) => c.notNull())
    .addColumn('auth_tag', 'bytea', (c) => c.notNull())
    .addColumn('ciphertext', 'bytea', (c) => c.notNull())
    .addColumn('uploaded_at', 'timestamptz', (c) => c.notNull())
    .execute();

  // One reminder per request per UTC day (`day` as YYYY-MM-DD text: drivers turn a date into local midnight).
  await db.schema
    .createTable('rights_request_reminders')
    .addColumn('request_id', 'uuid', (c) => c.notNull().references('rights_requests.id').onDelete('cascade'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('rights_request_reminders_pk', ['request_id', 'day'])
    .execute();

  // Sliding-window counters for the public intake (per IP hash and per identity hash), shared by every server.
  await db.schema
    .createTable('rate_limit_hits')
    .addColumn('bucket', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rate_limit_hits_bucket_at').on('rate_limit_hits').columns(['bucket', 'at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'rate_limit_hits',
    'rights_request_reminders',
    'rights_agent_documents',
    'rights_assurance_overrides',
    'rights_approvals',
    'rights_request_links',
    'rights_verification_challenges',
    'rights_request_events',
    'rights_requests',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
