import { sql, type Kysely } from 'kysely';

// Immutable once merged: change the schema with a new numbered migration, never by editing this one.

export async function up(db: Kysely<any>): Promise<void> {
  // Durable jobs (jobs/): every job is a row before it runs; workers claim rows with FOR UPDATE SKIP LOCKED
  // and hold them under a lease they renew (heartbeat), so a crashed worker's job is claimed again once it lapses.
  await db.schema
    .createTable('jobs')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.unique())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('queued', 'running', 'done', 'dead')`))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull().check(sql`max_attempts > 0`))
    .addColumn('run_at', 'timestamptz', (c) => c.notNull())
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', 'timestamptz')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('finished_at', 'timestamptz')
    .addCheckConstraint('jobs_running_is_locked', sql`(status = 'running') = (locked_until is not null)`)
    .execute();
  // The claim query reads only open jobs, so finished ones never slow it down.
  await sql`create index jobs_claimable on jobs (run_at) where status in ('queued', 'running')`.execute(db);
  await sql`create index jobs_dead on jobs (created_at) where status = 'dead'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('jobs').execute();
}
