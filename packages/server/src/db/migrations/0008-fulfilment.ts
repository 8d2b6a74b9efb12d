import { sql, type Kysely } from 'kysely';

// Immutable once merged: change the schema with a new numbered migration, never by editing this one.

export async function up(db: Kysely<any>): Promise<void> {
  // One row per step of a request's fulfilment (fulfilment/): what the person and the team see as progress, and
  // what a restarted worker reads to skip what is done. `key` names the step within its request.
  await db.schema
    .createTable('fulfilment_steps')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('request_id', 'uuid', (c) => c.notNull().references('rights_requests.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('collect', 'package', 'erase', 'rectify', 'restrict', 'notify', 'answer')`))
    .addColumn('system', 'text')
    .addColumn('dataset', 'text')
    .addColumn('recipient', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'running', 'done', 'failed', 'waiting_manual')`))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    // Counts, retention reasons, task texts: never the person's data (that is `data`, encrypted).
    .addColumn('result', 'jsonb')
    .addColumn('data_iv', 'bytea')
    .addColumn('data_tag', 'bytea')
    .addColumn('data', 'bytea')
    .addColumn('resolved_by', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('started_at', 'timestamptz')
    .addColumn('finished_at', 'timestamptz')
    .addUniqueConstraint('fulfilment_steps_request_key', ['request_id', 'key'])
    .execute();

  // Identifiers beyond the request's verified e-mail, account and phone, e.g. the cookie id of a visitor known only by
  // it, attached by a staff member who checked it (or by the privacy center, from the browser that holds the cookie).
  await db.schema
    .createTable('fulfilment_identities')
    .addColumn('request_id', 'uuid', (c) => c.notNull().references('rights_requests.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('added_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('fulfilment_identities_pk', ['request_id', 'type', 'value'])
    .execute();

  // GDPR Art. 19: one row per request, recipient and event; the unique key is what makes "told once" hold.
  await db.schema
    .createTable('fulfilment_notifications')
    .addColumn('request_id', 'uuid', (c) => c.notNull().references('rights_requests.id').onDelete('cascade'))
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull().check(sql`event in ('erasure', 'rectification', 'restriction')`))
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('webhook', 'recorded')`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('sent', 'recorded')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('fulfilment_notifications_pk', ['request_id', 'recipient', 'event'])
    .execute();

  // The access package, AES-256-GCM encrypted at rest; deleted when it expires.
  await db.schema
    .createTable('access_packages')
    .addColumn('request_id', 'uuid', (c) => c.primaryKey().references('rights_requests.id').onDelete('cascade'))
    .addColumn('iv', 'bytea', (c) => c.notNull())
    .addColumn('auth_tag', 'bytea', (c) => c.notNull())
    .addColumn('ciphertext', 'bytea', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute();

  // Download links: single use, expiring, and opened only with a fresh code sent to the verified address.
  await db.schema
    .createTable('package_downloads')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('request_id', 'uuid', (c) => c.notNull().references('rights_requests.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('code_hash', 'text')
    .addColumn('code_expires_at', 'timestamptz')
    .addColumn('code_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('used_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['package_downloads', 'access_packages', 'fulfilment_notifications', 'fulfilment_identities', 'fulfilment_steps']) {
    await db.schema.dropTable(table).execute();
  }
}
