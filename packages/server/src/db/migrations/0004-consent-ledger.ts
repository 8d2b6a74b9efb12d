import { sql, type Kysely } from 'kysely';

// Immutable once merged: change the schema with a new numbered migration, never by editing this one.

/** Personal columns: outside the hash chain, so they can be erased (set to NULL) without breaking it. */
const PERSONAL = sql.raw(`array['account_id', 'ip_prefix', 'ua_hash', 'erased_at']`);

export async function up(db: Kysely<any>): Promise<void> {
  // seq is assigned by the writer under a table lock, not by a sequence: sequences leave gaps on
  // rollback, and a gap must mean "a record was deleted" to the chain verifier.
  await db.schema
    .createTable('consent_records')
    .addColumn('seq', 'bigint', (c) => c.primaryKey().check(sql`seq > 0`))
    .addColumn('receipt', 'uuid', (c) => c.notNull().unique())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .addColumn('subject_key', 'text', (c) => c.notNull())
    .addColumn('site', 'text')
    .addColumn('origin', 'text')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) =>
      c.notNull().check(sql`method in ('accept_all', 'reject_all', 'custom', 'gpc', 'dnt', 'import')`),
    )
    .addColumn('reason', 'text')
    .addColumn('choices', 'jsonb', (c) => c.notNull())
    .addColumn('vendors', 'jsonb', (c) => c.notNull())
    .addColumn('consent_mode', 'jsonb', (c) => c.notNull())
    .addColumn('notice_version', 'text', (c) => c.notNull())
    .addColumn('text_version', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('gpc', 'boolean', (c) => c.notNull())
    .addColumn('gpc_header', 'boolean', (c) => c.notNull())
    .addColumn('dnt', 'boolean', (c) => c.notNull())
    .addColumn('region', 'text')
    .addColumn('region_source', 'text', (c) => c.notNull())
    .addColumn('test', 'boolean', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    .addColumn('account_id', 'text')
    .addColumn('ip_prefix', 'text')
    .addColumn('ua_hash', 'text')
    .addColumn('erased_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('consent_records_subject_idx').on('consent_records').columns(['subject_key', 'seq']).execute();
  await db.schema.createIndex('consent_records_account_idx').on('consent_records').column('account_id').execute();
  await db.schema.createIndex('consent_records_recorded_at_idx').on('consent_records').column('recorded_at').execute();

  // Append-only, like audit_log, with one exception: an UPDATE that only clears personal columns (and stamps
  // erased_at once) is allowed, for erasure (GDPR Art. 17). Everything the chain covers stays as written.
  await sql`create function consent_records_guard() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE'
        and (to_jsonb(new) - ${PERSONAL}) = (to_jsonb(old) - ${PERSONAL})
        and (new.account_id is null or new.account_id is not distinct from old.account_id)
        and (new.ip_prefix is null or new.ip_prefix is not distinct from old.ip_prefix)
        and (new.ua_hash is null or new.ua_hash is not distinct from old.ua_hash)
        and (old.erased_at is null or new.erased_at is not distinct from old.erased_at)
      then
        return new;
      end if;
      raise exception 'consent_records is append-only (only its personal columns may be erased)';
    end $$`.execute(db);
  await sql`create trigger consent_records_append_only before update or delete on consent_records
    for each row execute function consent_records_guard()`.execute(db);
  await sql`create trigger consent_records_no_truncate before truncate on consent_records
    for each statement execute function consent_records_guard()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('consent_records').execute();
  await sql`drop function consent_records_guard()`.execute(db);
}
