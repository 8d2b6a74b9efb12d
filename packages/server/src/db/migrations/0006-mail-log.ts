import { sql, type Kysely } from 'kysely';

// Immutable once merged: change the schema with a new numbered migration, never by editing this one.

export async function up(db: Kysely<any>): Promise<void> {
  // Every mail Pledge tried to send, without the address (a hash) or the content: the caps count these rows.
  await db.schema
    .createTable('mail_log')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('recipient_hash', 'text', (c) => c.notNull())
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('request_id', 'uuid')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('sent', 'capped', 'failed', 'disabled')`))
    .execute();
  await db.schema.createIndex('mail_log_recipient_at').on('mail_log').columns(['recipient_hash', 'at']).execute();
  await db.schema.createIndex('mail_log_at').on('mail_log').column('at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('mail_log').execute();
}
