import { sql, type Kysely } from 'kysely';

// Immutable once merged: change the schema with a new numbered migration, never by editing this one.

export async function up(db: Kysely<any>): Promise<void> {
  // An append's lock and head read in one round trip (audit/audit.repository.ts). The function is VOLATILE, so its
  // SELECT takes a fresh snapshot after the lock is granted and sees every entry committed before: a single
  // "lock … ; select …" statement could not, as a statement reads from the snapshot taken when it started.
  await sql`create function audit_log_lock_head() returns table (seq bigint, hash text) language plpgsql volatile as $$
    begin
      lock table audit_log in exclusive mode;
      return query select a.seq, a.hash from audit_log a order by a.seq desc limit 1;
    end $$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function audit_log_lock_head()`.execute(db);
}
