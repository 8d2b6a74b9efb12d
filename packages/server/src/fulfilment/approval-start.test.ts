// Approval starts fulfilment in its own transaction: the request's state change, its steps and its job commit together.
// The idle worker's pick-up stays as the fallback for requests that reached in_progress without it.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db/test-database.ts';
import { findJobByKey } from '../jobs/job-queries.repository.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { transitionRequest } from './request-transitions.ts';
import { listSteps } from './steps.repository.ts';
import { insertApprovedRequest, loadTestManifest } from './testing/fulfilment-fixture.ts';
import { createHarness } from './testing/fulfilment-harness.ts';

const manifest = loadTestManifest();
let database: TestDatabase;
let t: TestApp;
beforeAll(async () => {
  database = await createTestDatabase();
  t = await createTestApp({ database, manifest });
});
afterAll(async () => {
  await t?.close();
  await database?.destroy();
});

/** The transaction that last wrote a row (PostgreSQL's xmin): equal for rows written in one commit. */
const writtenBy = async (table: 'rights_requests' | 'jobs' | 'fulfilment_steps', column: 'id' | 'idempotency_key' | 'request_id', value: string) =>
  (await sql<{ xid: string }>`select distinct xmin::text as xid from ${sql.table(table)} where ${sql.ref(column)} = ${value}`.execute(t.db)).rows.map((r) => r.xid);

describe('approving a request', () => {
  it('enqueues its fulfilment job and plans its steps in the same commit as the approval', async () => {
    const request = await insertApprovedRequest(t.db, { type: 'erasure', email: 'approve-me@example.org', state: 'verified' });
    const res = await t.app.inject({ method: 'POST', url: `/v1/admin/requests/${request.id}/approve`, headers: { authorization: `Bearer ${t.keys.admin}` } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ state: 'in_progress' });

    const job = await findJobByKey(t.db, `fulfilment:${request.id}:start`);
    expect(job).toMatchObject({ kind: 'fulfilment.run', status: 'queued', payload: { requestId: request.id } });
    expect((await listSteps(t.db, request.id)).map((s) => s.key)).toContain('erase:shop.customers');
    const approval = await writtenBy('rights_requests', 'id', request.id);
    expect(approval).toHaveLength(1);
    expect(await writtenBy('jobs', 'idempotency_key', `fulfilment:${request.id}:start`)).toEqual(approval);
    expect(await writtenBy('fulfilment_steps', 'request_id', request.id)).toEqual(approval);

    // Nothing is left for the idle worker to pick up: it would find the steps and start nothing twice.
    const h = createHarness(t.db, manifest, {});
    expect(await h.service.pickUpApproved()).toBe(0);
  });

  it('still gets started by the idle worker when it reached in_progress without the enqueue', async () => {
    const request = await insertApprovedRequest(t.db, { type: 'access', email: 'fallback@example.org', state: 'verified' });
    const h = createHarness(t.db, manifest, {});
    await transitionRequest(t.db, h.deps.audit, manifest, request.id, 'in_progress', 'approved elsewhere, without fulfilment');
    expect(await findJobByKey(t.db, `fulfilment:${request.id}:start`)).toBeNull();

    expect(await h.service.pickUpApproved()).toBeGreaterThanOrEqual(1);
    expect(await findJobByKey(t.db, `fulfilment:${request.id}:start`)).toMatchObject({ status: 'queued' });
    expect(await h.service.pickUpApproved()).toBe(0);
  });
});
