import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { JsonValue } from '../db/database-schema.ts';
import type { PlannedStep, StepKind, StepStatus } from './fulfilment-plan.ts';
import type { Sealed } from '../crypto/sealed-box.ts';

export interface Step extends PlannedStep {
  id: string;
  requestId: string;
  position: number;
  status: StepStatus;
  attempts: number;
  lastError: string | null;
  result: { [key: string]: JsonValue } | null;
  sealed: Sealed | null;
  resolvedBy: string | null;
  startedAt: Date | null;
  finishedAt: Date | null;
}

type Row = Awaited<ReturnType<typeof selectSteps>>[number];
const selectSteps = (db: Db, requestId: string) => db.selectFrom('fulfilment_steps').selectAll().where('request_id', '=', requestId).orderBy('position').execute();

const toStep = (r: Row): Step => ({
  id: r.id,
  requestId: r.request_id,
  key: r.key,
  position: r.position,
  kind: r.kind as StepKind,
  system: r.system,
  dataset: r.dataset,
  recipient: r.recipient,
  status: r.status as StepStatus,
  attempts: Number(r.attempts),
  lastError: r.last_error,
  result: r.result as Step['result'],
  sealed: r.data && r.data_iv && r.data_tag ? { iv: Buffer.from(r.data_iv), tag: Buffer.from(r.data_tag), ciphertext: Buffer.from(r.data) } : null,
  resolvedBy: r.resolved_by,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
});

/** Creates the plan's rows; a second call for the same request adds nothing (the (request, key) pair is unique). */
export async function insertSteps(db: Db, requestId: string, steps: readonly PlannedStep[]): Promise<number> {
  if (steps.length === 0) return 0;
  const now = new Date().toISOString();
  const result = await db
    .insertInto('fulfilment_steps')
    .values(steps.map((s, position) => ({ id: randomUUID(), request_id: requestId, position, key: s.key, kind: s.kind, system: s.system, dataset: s.dataset, recipient: s.recipient, status: 'pending', created_at: now })))
    .onConflict((oc) => oc.columns(['request_id', 'key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

export async function listSteps(db: Db, requestId: string): Promise<Step[]> {
  return (await selectSteps(db, requestId)).map(toStep);
}

/** A step starts an attempt; done steps are never restarted. */
export async function markStepRunning(db: Db, id: string): Promise<void> {
  await sql`update fulfilment_steps set status = 'running', attempts = attempts + 1, started_at = coalesce(started_at, now())
    where id = ${id} and status not in ('done', 'waiting_manual')`.execute(db);
}

export interface StepOutcome {
  status: Exclude<StepStatus, 'running'>;
  result?: { [key: string]: JsonValue } | null;
  error?: string | null;
  sealed?: Sealed | null;
  resolvedBy?: string;
}

/**
 * Records an outcome, unless the step is already done: returns false then, so the caller writes no second audit
 * entry. Run it in the transaction that records the audit entry.
 */
export async function finishStep(db: Db, id: string, outcome: StepOutcome): Promise<boolean> {
  const finished = outcome.status === 'done' || outcome.status === 'waiting_manual';
  const result = await db
    .updateTable('fulfilment_steps')
    .set({
      status: outcome.status,
      last_error: outcome.error ?? null,
      ...(outcome.result === undefined ? {} : { result: outcome.result === null ? null : JSON.stringify(outcome.result) }),
      ...(outcome.sealed ? { data_iv: outcome.sealed.iv, data_tag: outcome.sealed.tag, data: outcome.sealed.ciphertext } : {}),
      ...(outcome.resolvedBy ? { resolved_by: outcome.resolvedBy } : {}),
      finished_at: finished ? new Date().toISOString() : null,
    })
    .where('id', '=', id)
    .where('status', '!=', 'done')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The collected rows are only needed until the package is built; then they go (GDPR Art. 5(1)(e)). */
export async function dropStepData(db: Db, requestId: string): Promise<void> {
  await db.updateTable('fulfilment_steps').set({ data: null, data_iv: null, data_tag: null }).where('request_id', '=', requestId).execute();
}

/** In-progress requests that have no steps yet: approved, but not yet picked up (or the enqueue was lost). */
export async function findUnplannedRequests(db: Db, types: readonly string[]): Promise<string[]> {
  const rows = await db
    .selectFrom('rights_requests as r')
    .select('r.id')
    .where('r.state', '=', 'in_progress')
    .where('r.type', 'in', [...types])
    .where((eb) => eb.not(eb.exists(eb.selectFrom('fulfilment_steps as s').select('s.id').whereRef('s.request_id', '=', 'r.id'))))
    .limit(100)
    .execute();
  return rows.map((r) => r.id);
}

export async function addIdentity(db: Db, requestId: string, identity: { type: string; value: string }, addedBy: string): Promise<void> {
  await db
    .insertInto('fulfilment_identities')
    .values({ request_id: requestId, type: identity.type, value: identity.value, added_by: addedBy, created_at: new Date().toISOString() })
    .onConflict((oc) => oc.columns(['request_id', 'type', 'value']).doNothing())
    .execute();
}

export async function listIdentities(db: Db, requestId: string): Promise<Array<{ type: string; value: string }>> {
  return db.selectFrom('fulfilment_identities').select(['type', 'value']).where('request_id', '=', requestId).orderBy('type').orderBy('value').execute();
}

/** GDPR Art. 19: the row is written once per request, recipient and event; false when it already was. */
export async function recordNotification(db: Db, n: { requestId: string; recipient: string; event: string; channel: 'webhook' | 'recorded' }): Promise<boolean> {
  const result = await db
    .insertInto('fulfilment_notifications')
    .values({ request_id: n.requestId, recipient: n.recipient, event: n.event, channel: n.channel, status: n.channel === 'webhook' ? 'sent' : 'recorded', created_at: new Date().toISOString() })
    .onConflict((oc) => oc.columns(['request_id', 'recipient', 'event']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function listNotifications(db: Db, requestId: string) {
  return db.selectFrom('fulfilment_notifications').selectAll().where('request_id', '=', requestId).orderBy('recipient').execute();
}
