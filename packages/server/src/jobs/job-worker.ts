import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { Db } from '../db/database.ts';
import type { JsonValue } from '../db/database-schema.ts';
import { backoffDelayMs } from './job-backoff.ts';
import { claimJob, completeJob, failJob, releaseJob, renewLease, type Job } from './jobs.repository.ts';

export interface JobContext {
  job: Job;
  /** Aborted when the lease is lost (another worker took the job over) or the worker is stopping: stop before the next step. */
  signal: AbortSignal;
  /** True on the job's last allowed attempt: handlers turn lasting failures into manual tasks instead of throwing. */
  lastAttempt: boolean;
  /**
   * Marks the job done in the handler's own last transaction, so its final writes and the job's end commit together
   * (one commit fewer; fenced like the worker's own completion). Without it the worker completes the job afterwards.
   * Once called, the worker trusts that transaction: if it rolls back, the handler must fail (throw) as well.
   */
  complete(tx: Db): Promise<boolean>;
}

export type JobHandler = (payload: JsonValue, context: JobContext) => Promise<void>;

export interface WorkerOptions {
  db: Db;
  handlers: Readonly<Record<string, JobHandler>>;
  logger?: Logger;
  /** How long a claimed job stays this worker's without a heartbeat; the heartbeat renews it every third of that. */
  leaseMs?: number;
  pollMs?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** Called after each poll that found no job; fulfilment uses it to pick up requests that entered in_progress. */
  onIdle?: () => Promise<void>;
}

export interface Worker {
  readonly id: string;
  /** Runs one due job if there is one; true when it ran one. */
  runOnce(): Promise<boolean>;
  /** Loops until stop(); returns when the loop has ended. */
  run(): Promise<void>;
  /** Ends the loop: the current job stops after its current step (handlers check the signal) and goes back to the queue. */
  stop(): Promise<void>;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A worker that claims jobs from the `jobs` table. Run as many as you like, in as many processes as you like. */
export function createWorker(options: WorkerOptions): Worker {
  const { db, handlers } = options;
  const leaseMs = options.leaseMs ?? 30_000;
  const pollMs = options.pollMs ?? 1_000;
  const kinds = Object.keys(handlers);
  const id = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  let stopping = false;
  let wake: (() => void) | null = null;
  let loop: Promise<void> | null = null;
  const stopSignal = new AbortController();

  async function execute(job: Job): Promise<void> {
    const controller = new AbortController();
    const heartbeat = setInterval(() => {
      renewLease(db, job.id, id, leaseMs)
        .then((mine) => (mine ? undefined : controller.abort(new Error('lease lost'))))
        .catch((error: unknown) => options.logger?.warn({ jobId: job.id, err: message(error) }, 'job heartbeat failed'));
    }, Math.max(50, Math.floor(leaseMs / 3)));
    const onStop = () => controller.abort(new Error('the worker is stopping'));
    stopSignal.signal.addEventListener('abort', onStop);
    let completed = false;
    const complete = async (tx: Db) => ((completed = true), completeJob(tx, job.id, id));
    try {
      await handlers[job.kind]!(job.payload, { job, signal: controller.signal, lastAttempt: job.attempts >= job.maxAttempts, complete });
      if (!completed) await completeJob(db, job.id, id);
      options.logger?.info({ jobId: job.id, kind: job.kind, attempt: job.attempts }, 'job done');
    } catch (error) {
      if (stopSignal.signal.aborted) {
        await releaseJob(db, job.id, id);
        options.logger?.info({ jobId: job.id, kind: job.kind }, 'job released: the worker is stopping');
        return;
      }
      const retryAt = new Date(Date.now() + backoffDelayMs(job.attempts, options.backoffBaseMs ?? 2_000, options.backoffMaxMs ?? 600_000));
      const status = await failJob(db, job.id, id, message(error), retryAt);
      options.logger?.warn({ jobId: job.id, kind: job.kind, attempt: job.attempts, status, err: message(error) }, 'job failed');
    } finally {
      stopSignal.signal.removeEventListener('abort', onStop);
      clearInterval(heartbeat);
    }
  }

  async function runOnce(): Promise<boolean> {
    const job = await claimJob(db, id, leaseMs, kinds);
    if (!job) return false;
    await execute(job);
    return true;
  }

  async function run(): Promise<void> {
    while (!stopping) {
      let ran = false;
      try {
        ran = await runOnce();
        if (!ran && options.onIdle) await options.onIdle();
      } catch (error) {
        options.logger?.error({ err: message(error) }, 'worker poll failed');
      }
      if (!ran && !stopping) await new Promise<void>((resolve) => ((wake = resolve), setTimeout(resolve, pollMs)));
      wake = null;
    }
  }

  return {
    id,
    runOnce,
    run: () => (loop ??= run()),
    stop: async () => {
      stopping = true;
      stopSignal.abort();
      wake?.();
      await loop;
    },
  };
}
