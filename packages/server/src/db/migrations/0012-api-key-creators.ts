import { sql, type Kysely } from 'kysely';

// Immutable once merged: change the schema with a new numbered migration, never by editing this one.

export async function up(db: Kysely<any>): Promise<void> {
  // Who created each key (the audit actor: `user:<id>`, `key:<id>`, `cli`, `system`), so the two-person rule can tell
  // a key made from someone's console session apart from a second person (rights/acting-person.ts).
  await sql`alter table api_keys add column created_by text`.execute(db);
  // Keys made before this migration: their creator is on record in the audit log.
  await sql`update api_keys k set created_by = a.actor from audit_log a
    where a.action = 'api_key.created' and a.target = 'api_key:' || k.id`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table api_keys drop column created_by`.execute(db);
}
