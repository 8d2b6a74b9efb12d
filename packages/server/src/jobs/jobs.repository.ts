import { randomUUID } from 'node:crypto';
import { sql, type QueryCreator } from 'kysely';
import type { Database, JsonValue } from '../db/database-schema.ts';
import type { Db } from '../db/database.ts';

export type JobStatus = 'queued' | 'running' | 'done' | 'dead';

export interface Job {
  id: string;
  kind: string;
  payload: JsonValue;
  idempotencyKey: string | null;
  status: JobStatus;
  attempts: number;
  maxAttempts: number;
  runAt: Date;
  lastError: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

export interface NewJob {
  kind: string;
  payload: JsonValue;
  /** A second enqueue with the same key is a no-op: the first row stands (idempotent enqueue). */
  idempotencyKey?: string;
  maxAttempts?: number;
  runAt?: Date;
}

export type Row = { id: string; kind: string; payload: JsonValue; idempotency_key: string | null; status: string; attempts: number; max_attempts: number; run_at: Date; last_error: string | null; created_at: Date; finished_at: Date | null };

export const toJob = (r: Row): Job => ({
  id: r.id,
  kind: r.kind,
  payload: typeof r.payload === 'string' ? (JSON.parse(r.payload) as JsonValue) : r.payload,
  idempotencyKey: r.idempotency_key,
  status: r.status as JobStatus,
  attempts: Number(r.attempts),
  maxAttempts: Number(r.max_attempts),
  runAt: new Date(r.run_at),
  lastError: r.last_error,
  createdAt: new Date(r.created_at),
  finishedAt: r.finished_at === null ? null : new Date(r.finished_at),
});

export const DEFAULT_MAX_ATTEMPTS = 5;

/**
 * The job's INSERT, not yet run: a caller may run it as part of a statement of its own (a CTE), so the job and what
 * it works on are written in one round trip. A second insert with the same idempotency key inserts nothing.
 */
export function jobInsert(db: QueryCreator<Database>, job: NewJob) {
  return db
    .insertInto('jobs')
    .values({
      id: randomUUID(),
      kind: job.kind,
      payload: JSON.stringify(job.payload),
      idempotency_key: job.idempotencyKey ?? null,
      status: 'queued',
      max_attempts: job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      run_at: (job.runAt ?? new Date()).toISOString(),
      created_at: new Date().toISOString(),
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returningAll();
}

/** Inserts the job, or returns null when a job with the same idempotency key already exists. Joins the caller's transaction. */
export async function insertJob(db: Db, job: NewJob): Promise<Job | null> {
  const row = await jobInsert(db, job).executeTakeFirst();
  return row ? toJob(row as unknown as Row) : null;
}

/**
 * Claims one due job: a queued one whose time has come, or a running one whose lease lapsed (its worker died).
 * SKIP LOCKED lets several workers claim at once without waiting on, or taking, each other's rows.
 * The lease is measured on the database's clock, so workers' clocks may differ.
 *
 * One round trip: the same statement first buries jobs whose lease lapsed on their last attempt (their worker kept
 * dying; dead, with the reason). The claim commits without waiting for the WAL flush (synchronous_commit off for
 * this statement only): if the database crashes before the flush, the claim is lost and the job is simply due again,
 * which is what a lapsed lease does anyway; every step outcome the worker writes later is a durable commit that
 * flushes the claim with it.
 */
export async function claimJob(db: Db, workerId: string, leaseMs: number, kinds: readonly string[]): Promise<Job | null> {
  if (kinds.length === 0) return null;
  const { rows } = await sql<Row>`
    with buried as (
      update jobs set status = 'dead', locked_by = null, locked_until = null, finished_at = now(),
        last_error = coalesce(last_error || ' / ', '') || 'the worker stopped before finishing the last attempt'
      where status = 'running' and locked_until < now() and attempts >= max_attempts
      returning id)
    update jobs set status = 'running', attempts = attempts + 1, locked_by = ${workerId},
      locked_until = now() + make_interval(secs => ${leaseMs / 1000})
    where id = (
      select id from jobs
      where kind in (${sql.join(kinds)}) and attempts < max_attempts
        and ((status = 'queued' and run_at <= now()) or (status = 'running' and locked_until < now()))
      order by run_at, created_at
      limit 1
      for update skip locked)
    returning *, set_config('synchronous_commit', 'off', true) as async_commit`.execute(db);
  return rows[0] ? toJob(rows[0]) : null;
}

/** Renews the lease; false when the job is no longer this worker's (the lease lapsed and another claimed it). */
export async function renewLease(db: Db, jobId: string, workerId: string, leaseMs: number): Promise<boolean> {
  const result = await sql`update jobs set locked_until = now() + make_interval(secs => ${leaseMs / 1000})
    where id = ${jobId} and locked_by = ${workerId} and status = 'running'`.execute(db);
  return Number(result.numAffectedRows ?? 0) === 1;
}

/** Only the worker holding the lease may finish the job (fencing). Joins the caller's transaction when given one. */
export async function completeJob(db: Db, jobId: string, workerId: string): Promise<boolean> {
  const result = await sql`update jobs set status = 'done', locked_by = null, locked_until = null, finished_at = now()
    where id = ${jobId} and locked_by = ${workerId} and status = 'running'`.execute(db);
  return Number(result.numAffectedRows ?? 0) === 1;
}

/** A failed attempt: back in the queue at `retryAt`, or dead when no attempts are left. */
export async function failJob(db: Db, jobId: string, workerId: string, error: string, retryAt: Date): Promise<JobStatus | null> {
  const { rows } = await sql<{ status: JobStatus }>`
    update jobs set status = case when attempts >= max_attempts then 'dead' else 'queued' end,
      run_at = ${retryAt.toISOString()}, last_error = ${error.slice(0, 2000)}, locked_by = null, locked_until = null,
      finished_at = case when attempts >= max_attempts then now() else null end
    where id = ${jobId} and locked_by = ${workerId} and status = 'running'
    returning status`.execute(db);
  return rows[0]?.status ?? null;
}

/** The worker is shutting down between two steps: the job goes back to the queue at once, and the attempt does not count. */
export async function releaseJob(db: Db, jobId: string, workerId: string): Promise<void> {
  await sql`update jobs set status = 'queued', run_at = now(), attempts = greatest(attempts - 1, 0), locked_by = null, locked_until = null
    where id = ${jobId} and locked_by = ${workerId} and status = 'running'`.execute(db);
}
