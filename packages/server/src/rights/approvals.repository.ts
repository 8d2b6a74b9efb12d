import { sql, type Selectable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { JsonValue } from '../db/database-schema.ts';
import type { AssuranceLevel } from './assurance.ts';
import type { RightsApprovalsTable } from './rights-tables.ts';

export type ApprovalKind = 'deny_request' | 'lower_assurance';

export interface Approval {
  id: string;
  kind: ApprovalKind;
  requestId: string | null;
  payload: Record<string, JsonValue>;
  evidence: string;
  proposedBy: string;
  proposedAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  decision: 'approved' | 'rejected' | null;
}

export async function insertApproval(
  db: Db,
  a: { id: string; kind: ApprovalKind; requestId: string | null; payload: Record<string, JsonValue>; evidence: string; proposedBy: string; at: Date },
): Promise<void> {
  await db
    .insertInto('rights_approvals')
    .values({ id: a.id, kind: a.kind, request_id: a.requestId, payload: JSON.stringify(a.payload), evidence: a.evidence, proposed_by: a.proposedBy, proposed_at: a.at.toISOString() })
    .execute();
}

export async function lockApproval(tx: Db, id: string): Promise<Approval | undefined> {
  const row = await tx.selectFrom('rights_approvals').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return row && toApproval(row);
}

export async function listPendingApprovals(db: Db, requestId?: string): Promise<Approval[]> {
  let query = db.selectFrom('rights_approvals').selectAll().where('decided_at', 'is', null);
  if (requestId) query = query.where('request_id', '=', requestId);
  return (await query.orderBy('proposed_at').execute()).map(toApproval);
}

export async function decideApproval(db: Db, id: string, d: { decidedBy: string; decision: 'approved' | 'rejected'; at: Date }): Promise<void> {
  await db.updateTable('rights_approvals').set({ decided_by: d.decidedBy, decision: d.decision, decided_at: d.at.toISOString() }).where('id', '=', id).execute();
}

export interface AssuranceOverride {
  type: string;
  level: AssuranceLevel;
  reason: string;
  changedBy: string;
  approvedBy: string | null;
  changedAt: Date;
}

export async function listAssuranceOverrides(db: Db): Promise<AssuranceOverride[]> {
  const rows = await db.selectFrom('rights_assurance_overrides').selectAll().orderBy('type').execute();
  return rows.map((r) => ({ type: r.type, level: r.level as AssuranceLevel, reason: r.reason, changedBy: r.changed_by, approvedBy: r.approved_by, changedAt: r.changed_at }));
}

/**
 * Serialises changes to one request type's assurance until the transaction ends, so two officers proposing a lowering
 * at the same moment cannot both pass the "one pending proposal per type" check (attack 4).
 */
export async function lockAssuranceType(tx: Db, type: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`pledge:assurance:${type}`}))`.execute(tx);
}

export async function upsertAssuranceOverride(db: Db, o: Omit<AssuranceOverride, 'changedAt'> & { at: Date }): Promise<void> {
  const values = { level: o.level, reason: o.reason, changed_by: o.changedBy, approved_by: o.approvedBy, changed_at: o.at.toISOString() };
  await db
    .insertInto('rights_assurance_overrides')
    .values({ type: o.type, ...values })
    .onConflict((oc) => oc.column('type').doUpdateSet(values))
    .execute();
}

function toApproval(row: Selectable<RightsApprovalsTable>): Approval {
  return {
    id: row.id, kind: row.kind as ApprovalKind, requestId: row.request_id, payload: row.payload as Record<string, JsonValue>, evidence: row.evidence,
    proposedBy: row.proposed_by, proposedAt: row.proposed_at, decidedBy: row.decided_by, decidedAt: row.decided_at, decision: row.decision as Approval['decision'],
  };
}
