// Fulfilment's transitions with the run's own (unlocked) read of the request: one statement while the row still
// holds that read, the locking path when it changed meanwhile. Either way the state machine decides.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditService, type AuditService } from '../audit/audit.service.ts';
import { createTestDatabase, type TestDatabase } from '../db/test-database.ts';
import { listEvents } from '../rights/request-events.repository.ts';
import { findRequestById, updateRequest } from '../rights/requests.repository.ts';
import { transitionRequest } from './request-transitions.ts';
import { insertApprovedRequest, loadTestManifest } from './testing/fulfilment-fixture.ts';

const manifest = loadTestManifest();
let database: TestDatabase;
let audit: AuditService;
beforeAll(async () => {
  database = await createTestDatabase();
  audit = createAuditService(database.db);
});
afterAll(() => database.destroy());

const stateChanges = async (id: string) =>
  (await listEvents(database.db, id, { visibleToPersonOnly: false })).filter((e) => e.kind === 'state_changed').map((e) => [e.fromState, e.toState]);
const auditOf = async (id: string) => (await audit.list({ after: 0, limit: 1000 })).filter((e) => e.target === `rights_request:${id}`).map((e) => e.action);

describe('fulfilment transitions from the run\'s own read', () => {
  it('changes the state, writes the timeline event and the audit entry when the row is as read', async () => {
    const request = await insertApprovedRequest(database.db, { type: 'access', email: 'cas-same@example.org' });
    expect(await transitionRequest(database.db, audit, manifest, request.id, 'completed', 'done', request)).toBe(true);
    expect((await findRequestById(database.db, request.id))!).toMatchObject({ state: 'completed', closedAt: expect.any(Date) });
    expect(await stateChanges(request.id)).toEqual([['in_progress', 'completed']]);
    expect(await auditOf(request.id)).toEqual(['rights_request.completed']);
    expect(await audit.verify()).toMatchObject({ ok: true });
  });

  it('changes nothing when the request was withdrawn after the read', async () => {
    const request = await insertApprovedRequest(database.db, { type: 'access', email: 'cas-withdrawn@example.org' });
    await updateRequest(database.db, request.id, { state: 'withdrawn' });
    expect(await transitionRequest(database.db, audit, manifest, request.id, 'completed', 'done', request)).toBe(false);
    expect((await findRequestById(database.db, request.id))!.state).toBe('withdrawn');
    expect(await stateChanges(request.id)).toEqual([]);
    expect(await auditOf(request.id)).toEqual([]);
  });

  it('goes from the state the row holds now, under its lock, when it moved on after the read', async () => {
    const request = await insertApprovedRequest(database.db, { type: 'erasure', email: 'cas-moved@example.org' });
    await updateRequest(database.db, request.id, { state: 'waiting_on_manual_tasks' });
    expect(await transitionRequest(database.db, audit, manifest, request.id, 'completed', 'done', request)).toBe(true);
    expect(await stateChanges(request.id)).toEqual([['waiting_on_manual_tasks', 'completed']]);
    expect(await auditOf(request.id)).toEqual(['rights_request.completed']);
  });

  it('re-reads the clock when it changed after the read (a paused clock is counted as the row has it)', async () => {
    const request = await insertApprovedRequest(database.db, { type: 'access', email: 'cas-clock@example.org' });
    const pausedAt = new Date(Date.now() - 3 * 86_400_000);
    await updateRequest(database.db, request.id, { clockPausedAt: pausedAt });
    expect(await transitionRequest(database.db, audit, manifest, request.id, 'waiting_on_manual_tasks', 'tasks left', request)).toBe(true);
    expect((await findRequestById(database.db, request.id))!).toMatchObject({ state: 'waiting_on_manual_tasks', clockPausedAt: null, pausedDays: 3 });
  });

  it('leaves a request already in the target state as it is', async () => {
    const request = await insertApprovedRequest(database.db, { type: 'access', email: 'cas-already@example.org', state: 'waiting_on_manual_tasks' });
    expect(await transitionRequest(database.db, audit, manifest, request.id, 'waiting_on_manual_tasks', 'tasks left', request)).toBe(false);
    expect(await stateChanges(request.id)).toEqual([]);
  });
});
