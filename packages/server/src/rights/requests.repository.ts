import { sql, type Selectable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { JsonValue } from '../db/database-schema.ts';
import type { RightsRequest } from './request-model.ts';
import type { EventDraft } from './request-events.repository.ts';
import type { RightsRequestsTable } from './rights-tables.ts';
import { TERMINAL_STATES } from './request-state-machine.ts';

type Row = Selectable<RightsRequestsTable>;

/** The columns a service may change after intake; identity fields (email, type, jurisdiction) are fixed at intake. */
export type RequestPatch = Partial<
  Pick<
    RightsRequest,
    | 'state' | 'denialReason' | 'dueAt' | 'targetAt' | 'acknowledgedAt' | 'extendedAt' | 'extensionReason' | 'clockPausedAt'
    | 'pausedDays' | 'deliveryEmail' | 'agentStatus' | 'assuranceRequired' | 'proofs' | 'verifiedAt' | 'closedAt' | 'accountId'
  >
>;

const iso = (d: Date | null) => (d === null ? null : d.toISOString());
const json = (v: unknown) => (v === null ? null : JSON.stringify(v));

export async function insertRequest(db: Db, r: RightsRequest): Promise<void> {
  await db
    .insertInto('rights_requests')
    .values({
      id: r.id, reference: r.reference, type: r.type, jurisdiction: r.jurisdiction, state: r.state, denial_reason: r.denialReason,
      channel: r.channel, received_at: r.receivedAt.toISOString(), due_at: r.dueAt.toISOString(), target_at: iso(r.targetAt),
      acknowledge_by: iso(r.acknowledgeBy), acknowledged_at: iso(r.acknowledgedAt), extended_at: iso(r.extendedAt),
      extension_reason: r.extensionReason, clock_paused_at: iso(r.clockPausedAt), paused_days: r.pausedDays, language: r.language,
      email: r.email, email_hash: r.emailHash, delivery_email: r.deliveryEmail, name: r.name, phone: r.phone, account_id: r.accountId,
      details: r.details, corrections: json(r.corrections), agent: json(r.agent), agent_status: r.agentStatus,
      assurance_required: r.assuranceRequired, proofs: JSON.stringify(r.proofs), status_token_hash: r.statusTokenHash,
      created_by: r.createdBy, created_at: r.createdAt.toISOString(), verified_at: iso(r.verifiedAt), closed_at: iso(r.closedAt),
    })
    .execute();
}

function patchColumns(patch: RequestPatch): Record<string, string | number | null> {
  const set: Record<string, string | number | null> = {};
  const columns: Record<keyof RequestPatch, string> = {
    state: 'state', denialReason: 'denial_reason', dueAt: 'due_at', targetAt: 'target_at', acknowledgedAt: 'acknowledged_at',
    extendedAt: 'extended_at', extensionReason: 'extension_reason', clockPausedAt: 'clock_paused_at', pausedDays: 'paused_days',
    deliveryEmail: 'delivery_email', agentStatus: 'agent_status', assuranceRequired: 'assurance_required', proofs: 'proofs',
    verifiedAt: 'verified_at', closedAt: 'closed_at', accountId: 'account_id',
  };
  for (const [key, value] of Object.entries(patch) as Array<[keyof RequestPatch, unknown]>) {
    set[columns[key]] = value instanceof Date ? value.toISOString() : key === 'proofs' ? JSON.stringify(value) : (value as string | number | null);
  }
  return set;
}

export async function updateRequest(db: Db, id: string, patch: RequestPatch): Promise<void> {
  const set = patchColumns(patch);
  if (Object.keys(set).length > 0) await db.updateTable('rights_requests').set(set).where('id', '=', id).execute();
}

/** What a state change was computed from (request-transitions.ts): the state and the deadline clock. */
export type TransitionBasis = Pick<RightsRequest, 'state' | 'clockPausedAt' | 'pausedDays' | 'extendedAt'>;

/**
 * A state change and its timeline event (the row insertEvent writes) in one statement. With `basis`, a compare and
 * set for a caller that read the request without its row lock: written only if the row still holds those values
 * (the UPDATE takes the row lock, and re-checks them on the newest row if another transaction held it); false, with
 * nothing written, when it does not.
 */
export async function updateRequestWithEvent(db: Db, id: string, patch: RequestPatch, event: EventDraft, basis?: TransitionBasis): Promise<boolean> {
  const set = Object.entries(patchColumns(patch)).map(([column, value]) => sql`${sql.ref(column)} = ${value}`);
  if (set.length === 0) throw new Error('a state change changes at least the state');
  const unchanged = basis
    ? sql`and state = ${basis.state} and clock_paused_at is not distinct from ${iso(basis.clockPausedAt)}::timestamptz
        and paused_days = ${basis.pausedDays} and extended_at is not distinct from ${iso(basis.extendedAt)}::timestamptz`
    : sql``;
  const { rows } = await sql<{ request_id: string }>`with updated as (
      update rights_requests set ${sql.join(set)} where id = ${id} ${unchanged} returning id)
    insert into rights_request_events (request_id, at, kind, from_state, to_state, actor, visible_to_person, details)
    select id, ${event.at.toISOString()}::timestamptz, ${event.kind}, ${event.fromState ?? null}, ${event.toState ?? null}, ${event.actor},
      ${event.visibleToPerson}::boolean, ${JSON.stringify(event.details ?? {})}::jsonb
    from updated
    returning request_id`.execute(db);
  return rows.length === 1;
}

export async function findRequestById(db: Db, id: string): Promise<RightsRequest | undefined> {
  const row = await db.selectFrom('rights_requests').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toRequest(row);
}

/** Inside a transaction: takes the row lock, so two state changes of one request happen one after the other. */
export async function lockRequestById(tx: Db, id: string): Promise<RightsRequest | undefined> {
  if (!tx.isTransaction) throw new Error('lockRequestById must run inside a transaction');
  const row = await tx.selectFrom('rights_requests').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return row && toRequest(row);
}

export async function findRequestByReference(db: Db, reference: string): Promise<RightsRequest | undefined> {
  const row = await db.selectFrom('rights_requests').selectAll().where('reference', '=', reference).executeTakeFirst();
  return row && toRequest(row);
}

export interface RequestFilter {
  type?: string | undefined;
  state?: string | undefined;
  jurisdiction?: string | undefined;
  limit: number;
  offset: number;
}

/** Open requests first, earliest deadline first (so overdue, then due soon); closed ones after, newest first. */
export async function listRequests(db: Db, filter: RequestFilter): Promise<RightsRequest[]> {
  let query = db.selectFrom('rights_requests').selectAll();
  if (filter.type) query = query.where('type', '=', filter.type);
  if (filter.state) query = query.where('state', '=', filter.state);
  if (filter.jurisdiction) query = query.where('jurisdiction', '=', filter.jurisdiction);
  const closed = sql<boolean>`state in (${sql.join([...TERMINAL_STATES])})`;
  const rows = await query
    .orderBy(closed, 'asc')
    .orderBy(sql`case when state in (${sql.join([...TERMINAL_STATES])}) then null else due_at end`, (ob) => ob.asc().nullsLast())
    .orderBy('received_at', 'desc')
    .orderBy('id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return rows.map(toRequest);
}

/** Open requests whose deadline (or acknowledgement date) falls before `before`. */
export async function findRequestsDueBefore(db: Db, before: Date): Promise<RightsRequest[]> {
  const rows = await db
    .selectFrom('rights_requests')
    .selectAll()
    .where('state', 'not in', [...TERMINAL_STATES])
    .where((eb) => eb.or([eb('due_at', '<', before), eb.and([eb('acknowledged_at', 'is', null), eb('acknowledge_by', '<', before)])]))
    .orderBy('due_at')
    .execute();
  return rows.map(toRequest);
}

export function toRequest(row: Row): RightsRequest {
  return {
    id: row.id, reference: row.reference, type: row.type as RightsRequest['type'], jurisdiction: row.jurisdiction as RightsRequest['jurisdiction'],
    state: row.state as RightsRequest['state'], denialReason: row.denial_reason as RightsRequest['denialReason'],
    channel: row.channel as RightsRequest['channel'], receivedAt: row.received_at, dueAt: row.due_at, targetAt: row.target_at,
    acknowledgeBy: row.acknowledge_by, acknowledgedAt: row.acknowledged_at, extendedAt: row.extended_at, extensionReason: row.extension_reason,
    clockPausedAt: row.clock_paused_at, pausedDays: row.paused_days, language: row.language as RightsRequest['language'],
    email: row.email, emailHash: row.email_hash, deliveryEmail: row.delivery_email, name: row.name, phone: row.phone,
    accountId: row.account_id, details: row.details, corrections: row.corrections as RightsRequest['corrections'],
    agent: row.agent as RightsRequest['agent'], agentStatus: row.agent_status as RightsRequest['agentStatus'],
    assuranceRequired: row.assurance_required as RightsRequest['assuranceRequired'], proofs: row.proofs as JsonValue as unknown as RightsRequest['proofs'],
    statusTokenHash: row.status_token_hash, createdBy: row.created_by, createdAt: row.created_at, verifiedAt: row.verified_at, closedAt: row.closed_at,
  };
}
