import type { Db } from '../db/database.ts';
import type { JsonValue } from '../db/database-schema.ts';
import type { PersonEventKind } from './person-events.ts';
import type { RequestEvent } from './request-model.ts';
import type { RequestState } from './request-state-machine.ts';

interface EventFields {
  requestId: string;
  at: Date;
  fromState?: RequestState | null;
  toState?: RequestState | null;
  actor: string;
  /** Never shown to the person, even for a visible event. */
  details?: { [key: string]: JsonValue };
}

/** Shown on the person's status page only when `visibleToPerson`, and then only of a kind the center has words for. */
export type EventDraft = EventFields & ({ visibleToPerson: true; kind: PersonEventKind } | { visibleToPerson: false; kind: string });

export async function insertEvent(db: Db, e: EventDraft): Promise<void> {
  await db
    .insertInto('rights_request_events')
    .values({
      request_id: e.requestId,
      at: e.at.toISOString(),
      kind: e.kind,
      from_state: e.fromState ?? null,
      to_state: e.toState ?? null,
      actor: e.actor,
      visible_to_person: e.visibleToPerson,
      details: JSON.stringify(e.details ?? {}),
    })
    .execute();
}

export async function listEvents(db: Db, requestId: string, options: { visibleToPersonOnly: boolean }): Promise<RequestEvent[]> {
  let query = db.selectFrom('rights_request_events').selectAll().where('request_id', '=', requestId);
  if (options.visibleToPersonOnly) query = query.where('visible_to_person', '=', true);
  const rows = await query.orderBy('id').execute();
  return rows.map((r) => ({
    id: Number(r.id),
    at: r.at,
    kind: r.kind,
    fromState: r.from_state as RequestState | null,
    toState: r.to_state as RequestState | null,
    actor: r.actor,
    visibleToPerson: r.visible_to_person,
    details: r.details as Record<string, unknown>,
  }));
}

/** Earlier verified requests of the same type from the same identity, inside the window. */
export async function findRepeats(db: Db, r: { id: string; emailHash: string; type: string; since: Date }): Promise<Array<{ id: string; reference: string }>> {
  return db
    .selectFrom('rights_requests')
    .select(['id', 'reference'])
    .where('email_hash', '=', r.emailHash)
    .where('type', '=', r.type)
    .where('id', '<>', r.id)
    .where('verified_at', 'is not', null)
    .where('received_at', '>=', r.since)
    .orderBy('received_at')
    .execute();
}

/** Links both ways; linking twice is a no-op. */
export async function linkRequests(db: Db, a: string, b: string, kind: string, at: Date): Promise<void> {
  await db
    .insertInto('rights_request_links')
    .values([
      { request_id: a, related_id: b, kind, created_at: at.toISOString() },
      { request_id: b, related_id: a, kind, created_at: at.toISOString() },
    ])
    .onConflict((oc) => oc.columns(['request_id', 'related_id']).doNothing())
    .execute();
}

export async function listLinks(db: Db, requestId: string): Promise<Array<{ id: string; reference: string; kind: string }>> {
  return db
    .selectFrom('rights_request_links as l')
    .innerJoin('rights_requests as r', 'r.id', 'l.related_id')
    .select(['r.id as id', 'r.reference as reference', 'l.kind as kind'])
    .where('l.request_id', '=', requestId)
    .orderBy('r.received_at')
    .execute();
}

/** Events of one kind since `since`, for one request or by one actor: what the reply limits count. */
export async function countEventsSince(db: Db, filter: { kind: string; since: Date; requestId?: string; actor?: string }): Promise<number> {
  let query = db
    .selectFrom('rights_request_events')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('kind', '=', filter.kind)
    .where('at', '>', filter.since);
  if (filter.requestId !== undefined) query = query.where('request_id', '=', filter.requestId);
  if (filter.actor !== undefined) query = query.where('actor', '=', filter.actor);
  return Number((await query.executeTakeFirstOrThrow()).n);
}
