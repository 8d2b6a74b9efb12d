import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { toJob, type Job, type JobStatus, type Row } from './jobs.repository.ts';

// Reading jobs and putting dead ones back: for the admin routes and tests, not for the worker's hot path.

export async function findJob(db: Db, id: string): Promise<Job | null> {
  const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toJob(row as unknown as Row) : null;
}

export async function findJobByKey(db: Db, idempotencyKey: string): Promise<Job | null> {
  const row = await db.selectFrom('jobs').selectAll().where('idempotency_key', '=', idempotencyKey).executeTakeFirst();
  return row ? toJob(row as unknown as Row) : null;
}

export async function listJobs(db: Db, filter: { status?: JobStatus; limit: number }): Promise<Job[]> {
  let query = db.selectFrom('jobs').selectAll().orderBy('created_at', 'desc').limit(filter.limit);
  if (filter.status) query = query.where('status', '=', filter.status);
  return (await query.execute()).map((r) => toJob(r as unknown as Row));
}

/** A dead job goes back to the queue with one more attempt (an operator fixed the cause). */
export async function retryDeadJob(db: Db, id: string): Promise<boolean> {
  const result = await sql`update jobs set status = 'queued', run_at = now(), max_attempts = attempts + 1, finished_at = null
    where id = ${id} and status = 'dead'`.execute(db);
  return Number(result.numAffectedRows ?? 0) === 1;
}
