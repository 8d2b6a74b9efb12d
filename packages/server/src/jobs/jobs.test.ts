import { sql } from 'kysely';
import { inTransaction } from '../db/database.ts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db/test-database.ts';
import { backoffDelayMs } from './job-backoff.ts';
import { createWorker } from './job-worker.ts';
import { findJob, listJobs, retryDeadJob } from './job-queries.repository.ts';
import { claimJob, insertJob } from './jobs.repository.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.destroy());
beforeEach(async () => {
  await sql`delete from jobs`.execute(t.db);
});

describe('durable jobs', () => {
  it('enqueues once per idempotency key', async () => {
    const first = await insertJob(t.db, { kind: 'k', payload: { n: 1 }, idempotencyKey: 'once' });
    const second = await insertJob(t.db, { kind: 'k', payload: { n: 2 }, idempotencyKey: 'once' });
    expect(first?.status).toBe('queued');
    expect(second).toBeNull();
    expect(await listJobs(t.db, { limit: 10 })).toHaveLength(1);
  });

  it('hands each job to exactly one of several concurrent claimers', async () => {
    for (let i = 0; i < 20; i++) await insertJob(t.db, { kind: 'k', payload: i });
    const claims = await Promise.all(Array.from({ length: 40 }, (_, i) => claimJob(t.db, `w${i % 4}`, 60_000, ['k'])));
    const ids = claims.filter((j) => j !== null).map((j) => j!.id);
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(20);
  });

  it('retries with exponential backoff, records the last error, and ends dead after max attempts', async () => {
    const job = (await insertJob(t.db, { kind: 'boom', payload: null, maxAttempts: 3 }))!;
    let calls = 0;
    const worker = createWorker({ db: t.db, handlers: { boom: async () => void (calls += 1, (() => { throw new Error(`failure ${calls}`); })()) }, backoffBaseMs: 1 });
    const runAts: number[] = [];
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r, 20));
      expect(await worker.runOnce()).toBe(true);
      runAts.push((await findJob(t.db, job.id))!.runAt.getTime());
    }
    const dead = (await findJob(t.db, job.id))!;
    expect(calls).toBe(3);
    expect(dead).toMatchObject({ status: 'dead', attempts: 3, lastError: 'failure 3' });
    expect(await worker.runOnce()).toBe(false);
    expect(await listJobs(t.db, { status: 'dead', limit: 10 })).toHaveLength(1);
    expect(await retryDeadJob(t.db, job.id)).toBe(true);
    expect((await findJob(t.db, job.id))!.status).toBe('queued');
  });

  it('backs off exponentially with jitter and a cap', () => {
    expect(backoffDelayMs(1, 1000, 60_000, () => 0.5)).toBe(1000);
    expect(backoffDelayMs(3, 1000, 60_000, () => 0.5)).toBe(4000);
    expect(backoffDelayMs(20, 1000, 60_000, () => 0.5)).toBe(60_000);
    expect(backoffDelayMs(1, 1000, 60_000, () => 0)).toBe(800);
  });

  it("reclaims a crashed worker's job once its lease lapses, and fences the old worker out", async () => {
    const job = (await insertJob(t.db, { kind: 'k', payload: null }))!;
    expect((await claimJob(t.db, 'crashed', 100, ['k']))?.id).toBe(job.id);
    expect(await claimJob(t.db, 'other', 100, ['k'])).toBeNull(); // lease still held
    await new Promise((r) => setTimeout(r, 150));
    const seen: number[] = [];
    const worker = createWorker({ db: t.db, handlers: { k: async (_p, ctx) => void seen.push(ctx.job.attempts) } });
    expect(await worker.runOnce()).toBe(true);
    expect(seen).toEqual([2]);
    expect((await findJob(t.db, job.id))!.status).toBe('done');
  });

  it('keeps a long job by renewing its lease (heartbeat)', async () => {
    await insertJob(t.db, { kind: 'slow', payload: null });
    let stolen: unknown = 'not tried';
    const worker = createWorker({
      db: t.db,
      leaseMs: 150,
      handlers: {
        slow: async () => {
          await new Promise((r) => setTimeout(r, 400));
          stolen = await claimJob(t.db, 'thief', 150, ['slow']);
        },
      },
    });
    expect(await worker.runOnce()).toBe(true);
    expect(stolen).toBeNull();
  });

  it("lets a handler complete its job in its own last transaction, and keeps it due when that transaction rolls back", async () => {
    const job = (await insertJob(t.db, { kind: 'k', payload: null }))!;
    const marker = async (tx: typeof t.db) => sql`select 1`.execute(tx);
    let fail = true;
    const worker = createWorker({
      db: t.db,
      backoffBaseMs: 1,
      handlers: {
        k: async (_p, ctx) =>
          inTransaction(t.db, async (tx) => {
            await marker(tx);
            expect(await ctx.complete(tx)).toBe(true);
            if (fail) throw new Error('the last write failed');
          }),
      },
    });
    expect(await worker.runOnce()).toBe(true);
    expect((await findJob(t.db, job.id))!).toMatchObject({ status: 'queued', lastError: 'the last write failed' });
    fail = false;
    await new Promise((r) => setTimeout(r, 10));
    expect(await worker.runOnce()).toBe(true);
    expect((await findJob(t.db, job.id))!).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('buries a job whose lease lapsed on its last attempt when it next claims', async () => {
    const job = (await insertJob(t.db, { kind: 'k', payload: null, maxAttempts: 1 }))!;
    expect((await claimJob(t.db, 'crashed', 50, ['k']))?.id).toBe(job.id);
    await new Promise((r) => setTimeout(r, 100));
    expect(await claimJob(t.db, 'other', 50, ['k'])).toBeNull();
    expect((await findJob(t.db, job.id))!).toMatchObject({ status: 'dead', lastError: 'the worker stopped before finishing the last attempt' });
  });

  it('stop() lets the running job finish', async () => {
    await insertJob(t.db, { kind: 'k', payload: null });
    let finished = false;
    let started!: () => void;
    const began = new Promise<void>((r) => (started = r));
    const worker = createWorker({ db: t.db, pollMs: 10, handlers: { k: async () => (started(), await new Promise((r) => setTimeout(r, 100)), void (finished = true)) } });
    void worker.run();
    await began;
    await worker.stop();
    expect(finished).toBe(true);
    expect((await listJobs(t.db, { limit: 1 }))[0]!.status).toBe('done');
  });
});
