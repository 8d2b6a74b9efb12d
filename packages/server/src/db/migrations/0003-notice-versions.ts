import { sql, type Kysely } from 'kysely';

// Immutable once merged: change the schema with a new numbered migration, never by editing this one.

export async function up(db: Kysely<any>): Promise<void> {
  // number is assigned by the publisher under a table lock (max + 1), not by a sequence: a rolled-back
  // publication must not leave a gap in the numbers people see in the archive.
  await db.schema
    .createTable('notice_versions')
    .addColumn('number', 'integer', (c) => c.primaryKey().check(sql`number > 0`))
    .addColumn('published_at', 'timestamptz', (c) => c.notNull())
    .addColumn('effective_date', 'date', (c) => c.notNull())
    .addColumn('manifest_hash', 'text', (c) => c.notNull().check(sql`manifest_hash ~ '^[0-9a-f]{64}$'`))
    // Text, not jsonb: the canonical JSON is kept byte for byte, so its SHA-256 is manifest_hash.
    .addColumn('manifest', 'text', (c) => c.notNull())
    // { "<lang>": { "html": "...", "md": "...", "json": "..." } } for every language the manifest declared.
    .addColumn('renders', 'jsonb', (c) => c.notNull())
    // { "changes": ManifestChange[], "summaries": { "<lang>": string[] } }: the diff against the previous version.
    .addColumn('changes', 'jsonb', (c) => c.notNull())
    .addColumn('material', 'boolean', (c) => c.notNull())
    .addColumn('affected_purposes', 'jsonb', (c) => c.notNull().check(sql`jsonb_typeof(affected_purposes) = 'array'`))
    .addColumn('published_by', 'text', (c) => c.notNull())
    .execute();

  // A published notice is a statement made to the public: it is never edited or withdrawn, only followed by another.
  await sql`create function notice_versions_reject_change() returns trigger language plpgsql as $$
    begin raise exception 'notice_versions is append-only: publish a new version instead'; end $$`.execute(db);
  await sql`create trigger notice_versions_append_only before update or delete on notice_versions
    for each row execute function notice_versions_reject_change()`.execute(db);
  await sql`create trigger notice_versions_no_truncate before truncate on notice_versions
    for each statement execute function notice_versions_reject_change()`.execute(db);

  // GDPR Art. 13(3): people are told about material changes. One row per version and channel; the mail capability
  // moves them on. They are never deleted, so a change nobody was told about stays visible.
  await db.schema
    .createTable('notice_change_notifications')
    .addColumn('version_number', 'integer', (c) => c.notNull().references('notice_versions.number'))
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('email', 'banner', 'website_notice', 'in_app')`))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending').check(sql`status in ('pending', 'sent', 'failed')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz')
    .addPrimaryKeyConstraint('notice_change_notifications_pkey', ['version_number', 'channel'])
    .execute();
  await sql`create function notice_change_notifications_reject_delete() returns trigger language plpgsql as $$
    begin raise exception 'notice_change_notifications are never deleted'; end $$`.execute(db);
  await sql`create trigger notice_change_notifications_keep before delete on notice_change_notifications
    for each row execute function notice_change_notifications_reject_delete()`.execute(db);
  await sql`create trigger notice_change_notifications_no_truncate before truncate on notice_change_notifications
    for each statement execute function notice_change_notifications_reject_delete()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('notice_change_notifications').execute();
  await db.schema.dropTable('notice_versions').execute();
  await sql`drop function notice_change_notifications_reject_delete()`.execute(db);
  await sql`drop function notice_versions_reject_change()`.execute(db);
}
