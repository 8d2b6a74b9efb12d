import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../db/database.ts';

export type MailStatus = 'sent' | 'capped' | 'failed' | 'disabled';

/** The log keeps a hash of the address, never the address: it exists to count, not to read. */
export function recipientHash(address: string): string {
  return createHash('sha256').update(`mail:${address.trim().toLowerCase()}`, 'utf8').digest('hex');
}

/** Mails sent since `since`: to this recipient, and in total. */
export async function countMailsSentSince(db: Db, hash: string, since: Date): Promise<{ recipient: number; total: number }> {
  const row = await db
    .selectFrom('mail_log')
    .select((eb) => [
      eb.fn.countAll<string | number>().as('total'),
      eb.fn.count<string | number>(eb.case().when('recipient_hash', '=', hash).then(1).end()).as('recipient'),
    ])
    .where('status', '=', 'sent')
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return { recipient: Number(row.recipient), total: Number(row.total) };
}

export async function insertMailLog(
  db: Db,
  entry: { at: Date; recipientHash: string; template: string; requestId: string | null; status: MailStatus },
): Promise<void> {
  await db
    .insertInto('mail_log')
    .values({ id: randomUUID(), at: entry.at.toISOString(), recipient_hash: entry.recipientHash, template: entry.template, request_id: entry.requestId, status: entry.status })
    .execute();
}

export async function listMailLog(db: Db, requestId: string): Promise<Array<{ template: string; status: MailStatus }>> {
  const rows = await db.selectFrom('mail_log').select(['template', 'status']).where('request_id', '=', requestId).orderBy('at').execute();
  return rows.map((r) => ({ template: r.template, status: r.status as MailStatus }));
}
