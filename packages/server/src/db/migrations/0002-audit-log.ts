import { sql, type Kysely } from 'kysely';

// Immutable once merged: change the schema with a new numbered migration, never by editing this one.

export async function up(db: Kysely<any>): Promise<void> {
  // seq is assigned by the writer under a table lock, not by a sequence: sequences leave gaps on
  // rollback, and a gap must mean "a row was deleted" to the chain verifier.
  await db.schema
    .createTable('audit_log')
    .addColumn('seq', 'bigint', (c) => c.primaryKey().check(sql`seq > 0`))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target', 'text')
    .addColumn('details', 'jsonb', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    .execute();
  // Defence in depth: the application never updates or deletes audit rows, so the database refuses to.
  // Someone with DDL rights can still disable this; the hash chain is what detects that.
  await sql`create function audit_log_reject_change() returns trigger language plpgsql as $$
    begin raise exception 'audit_log is append-only'; end $$`.execute(db);
  await sql`create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function audit_log_reject_change()`.execute(db);
  await sql`create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_reject_change()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_log').execute();
  await sql`drop function audit_log_reject_change()`.execute(db);
}
