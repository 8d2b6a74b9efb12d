import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Db } from '../db/database.ts';
import type { JsonValue } from '../db/database-schema.ts';
import type { PlannedStep, StepKind, StepStatus } from './fulfilment-plan.ts';
import type { Sealed } from '../crypto/sealed-box.ts';
import { jobInsert, type NewJob } from '../jobs/jobs.repository.ts';
import type { RightsRequest } from '../rights/request-model.ts';
import { toRequest } from '../rights/requests.repository.ts';

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

/**
 * Creates the plan's rows and, in the same statement, the job that carries them out (jobs.repository's insert).
 * Returns how many steps it inserted: a second call for the same request adds none (the (request, key) pair is
 * unique), and no job either: steps are only ever written here, so the job the first call wrote with them holds the
 * idempotency key (jobs are not deleted).
 */
export async function insertStepsWithJob(db: Db, requestId: string, steps: readonly PlannedStep[], job: NewJob): Promise<number> {
  if (steps.length === 0) return 0;
  const now = new Date().toISOString();
  const result = await db
    .with('job', (q) => jobInsert(q, job))
    .insertInto('fulfilment_steps')
    .values(steps.map((s, position) => ({ id: randomUUID(), request_id: requestId, position, key: s.key, kind: s.kind, system: s.system, dataset: s.dataset, recipient: s.recipient, status: 'pending', created_at: now })))
    .onConflict((oc) => oc.columns(['request_id', 'key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

/** The request and the identifiers people attached to it (`addIdentity`), in one read. */
export async function findRequestWithIdentities(db: Db, requestId: string): Promise<{ request: RightsRequest; attached: Array<{ type: string; value: string }> } | undefined> {
  const row = await db
    .selectFrom('rights_requests as r')
    .selectAll('r')
    .select((eb) =>
      jsonArrayFrom(eb.selectFrom('fulfilment_identities as i').select(['i.type', 'i.value']).whereRef('i.request_id', '=', 'r.id').orderBy('i.type').orderBy('i.value')).as('attached'),
    )
    .where('r.id', '=', requestId)
    .executeTakeFirst();
  if (!row) return undefined;
  const { attached, ...request } = row;
  return { request: toRequest(request), attached };
}

export async function listSteps(db: Db, requestId: string): Promise<Step[]> {
  return (await selectSteps(db, requestId)).map(toStep);
}

export interface StepOutcome {
  status: Exclude<StepStatus, 'running'>;
  result?: { [key: string]: JsonValue } | null;
  error?: string | null;
  /** Sealed data kept with the step (collected rows, keys about to be erased); null drops it. */
  sealed?: Sealed | null;
  resolvedBy?: string;
}

export interface StepIntent {
  id: string;
  sealed?: Sealed;
}

export interface StepWrite {
  id: string;
  outcome: StepOutcome;
  /** False when the attempt was already counted (the step was marked running in this run). */
  countAttempt: boolean;
}

/**
 * Marks steps as running just before an effect (a connector write, a webhook call), with what they are about to
 * change, and counts the attempt; done steps and those a person has are left alone.
 */
const markRunning = (intents: readonly StepIntent[]) => {
  const values = intents.map((i) => sql`(${i.id}::uuid, ${i.sealed?.iv ?? null}::bytea, ${i.sealed?.tag ?? null}::bytea, ${i.sealed?.ciphertext ?? null}::bytea)`);
  return sql`update fulfilment_steps as s set status = 'running', attempts = s.attempts + 1, started_at = coalesce(s.started_at, now()),
      data_iv = coalesce(v.iv, s.data_iv), data_tag = coalesce(v.tag, s.data_tag), data = coalesce(v.data, s.data)
    from (values ${sql.join(values)}) as v(id, iv, tag, data)
    where s.id = v.id and s.status not in ('done', 'waiting_manual')`;
};

/** Records outcomes, except on steps already done; returns the ids it changed. */
const finish = (writes: readonly StepWrite[]) => {
  const now = new Date().toISOString();
  const values = writes.map(({ id, outcome: o, countAttempt }) => {
    const finished = o.status === 'done' || o.status === 'waiting_manual';
    const result = o.result === undefined || o.result === null ? null : JSON.stringify(o.result);
    return sql`(${id}::uuid, ${o.status}::text, ${o.error ?? null}::text, ${o.result !== undefined}::boolean, ${result}::jsonb,
      ${o.sealed !== undefined}::boolean, ${o.sealed?.iv ?? null}::bytea, ${o.sealed?.tag ?? null}::bytea, ${o.sealed?.ciphertext ?? null}::bytea,
      ${o.resolvedBy ?? null}::text, ${countAttempt ? 1 : 0}::integer, ${finished ? now : null}::timestamptz)`;
  });
  return sql<{ id: string }>`update fulfilment_steps as s set status = v.status, last_error = v.error,
      result = case when v.set_result then v.result else s.result end,
      data_iv = case when v.set_data then v.iv else s.data_iv end, data_tag = case when v.set_data then v.tag else s.data_tag end,
      data = case when v.set_data then v.data else s.data end, resolved_by = coalesce(v.resolved_by, s.resolved_by),
      attempts = s.attempts + v.add_attempt, started_at = coalesce(s.started_at, now()), finished_at = v.finished_at
    from (values ${sql.join(values)}) as v(id, status, error, set_result, result, set_data, iv, tag, data, resolved_by, add_attempt, finished_at)
    where s.id = v.id and s.status <> 'done'
    returning s.id`;
};

/**
 * One statement for a commit of a run (step-writer.ts): marks `running` the steps of the next effect (their intents)
 * and records `writes`, the outcomes, except on steps already done. Returns the ids of the outcomes it wrote, so the
 * caller writes no second audit entry for the others. The two sets of steps must not overlap (an intent whose
 * outcome is in the same commit is left out: the outcome counts the attempt). Run it in the transaction that records
 * the audit entry.
 */
export async function writeSteps(db: Db, running: readonly StepIntent[], writes: readonly StepWrite[]): Promise<Set<string>> {
  if (writes.length === 0) {
    if (running.length > 0) await markRunning(running).execute(db);
    return new Set();
  }
  const query = running.length > 0 ? sql<{ id: string }>`with running as (${markRunning(running)}) ${finish(writes)}` : finish(writes);
  const { rows } = await query.execute(db);
  return new Set(rows.map((r) => r.id));
}

/** One outcome outside a run (a person resolved a task): the attempt count stays as the runs left it. */
export async function finishStep(db: Db, id: string, outcome: StepOutcome): Promise<boolean> {
  return (await writeSteps(db, [], [{ id, outcome, countAttempt: false }])).has(id);
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
