import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { JsonValue } from '../db/database-schema.ts';
import type { Sealed } from '../crypto/sealed-box.ts';

export interface OutboxRow {
  id: string;
  template: string;
  requestId: string | null;
  onSent: JsonValue | null;
  sealed: Sealed;
  attempts: number;
  createdAt: Date;
}

type Raw = { id: string; template: string; request_id: string | null; on_sent: unknown; iv: Uint8Array; auth_tag: Uint8Array; ciphertext: Uint8Array; attempts: number; created_at: Date | string };

const toRow = (r: Raw): OutboxRow => ({
  id: r.id,
  template: r.template,
  requestId: r.request_id,
  onSent: (typeof r.on_sent === 'string' ? JSON.parse(r.on_sent) : r.on_sent) as JsonValue | null,
  sealed: { iv: Buffer.from(r.iv), tag: Buffer.from(r.auth_tag), ciphertext: Buffer.from(r.ciphertext) },
  attempts: Number(r.attempts),
  createdAt: new Date(r.created_at),
});

const seconds = (ms: number) => ms / 1000;

/** Written in the caller's transaction, already leased to the writer so it can send right after its commit. */
export async function insertOutboxMail(
  tx: Db,
  row: { id: string; template: string; requestId: string | null; onSent: JsonValue | null; sealed: Sealed; lockedBy: string; leaseMs: number },
): Promise<void> {
  await sql`insert into mail_outbox (id, template, request_id, on_sent, iv, auth_tag, ciphertext, attempts, next_attempt_at, locked_by, locked_until, created_at)
    values (${row.id}, ${row.template}, ${row.requestId}, ${row.onSent === null ? null : JSON.stringify(row.onSent)}::jsonb,
      ${row.sealed.iv}, ${row.sealed.tag}, ${row.sealed.ciphertext}, 0, now(), ${row.lockedBy},
      clock_timestamp() + make_interval(secs => ${seconds(row.leaseMs)}), now())`.execute(tx);
}

/**
 * The writer takes its own rows after the commit: only while its lease holds (a drainer that took over after a lapse
 * has changed `locked_by`). Row locks make the check and the update one step, so exactly one of them sends.
 */
export async function claimOwnMails(db: Db, ids: readonly string[], owner: string, leaseMs: number): Promise<OutboxRow[]> {
  if (ids.length === 0) return [];
  const { rows } = await sql<Raw>`update mail_outbox set attempts = attempts + 1, locked_until = clock_timestamp() + make_interval(secs => ${seconds(leaseMs)})
    where id in (${sql.join(ids)}) and locked_by = ${owner} and locked_until > clock_timestamp()
    returning *`.execute(db);
  return rows.map(toRow);
}

/** Due mails nobody holds (never claimed after a crash, or waiting for a retry). SKIP LOCKED: drainers never wait on each other. */
export async function claimDueMails(db: Db, owner: string, leaseMs: number, limit: number): Promise<OutboxRow[]> {
  const { rows } = await sql<Raw>`update mail_outbox set attempts = attempts + 1, locked_by = ${owner},
      locked_until = clock_timestamp() + make_interval(secs => ${seconds(leaseMs)})
    where id in (
      select id from mail_outbox
      where next_attempt_at <= clock_timestamp() and (locked_until is null or locked_until <= clock_timestamp())
      order by next_attempt_at limit ${limit} for update skip locked)
    returning *`.execute(db);
  return rows.map(toRow);
}

/** Sent or given up: the row goes, with the sealed address and text (GDPR Art. 5(1)(e)). */
export async function deleteOutboxMail(db: Db, id: string): Promise<void> {
  await db.deleteFrom('mail_outbox').where('id', '=', id).execute();
}

/** Tried and failed: released, to be taken again after `delayMs`. */
export async function rescheduleOutboxMail(db: Db, id: string, delayMs: number, error: string): Promise<void> {
  await sql`update mail_outbox set locked_by = null, locked_until = null, last_error = ${error},
    next_attempt_at = clock_timestamp() + make_interval(secs => ${seconds(delayMs)}) where id = ${id}`.execute(db);
}

export async function countOutboxMails(db: Db): Promise<number> {
  const row = await db.selectFrom('mail_outbox').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
