import type { Db } from '../db/database.ts';

/** Records today's reminder for a request; false when there already is one (the job is idempotent per day). */
export async function insertReminder(db: Db, r: { requestId: string; day: string; kind: string; at: Date }): Promise<boolean> {
  const rows = await db
    .insertInto('rights_request_reminders')
    .values({ request_id: r.requestId, day: r.day, kind: r.kind, created_at: r.at.toISOString() })
    .onConflict((oc) => oc.columns(['request_id', 'day']).doNothing())
    .returning('request_id')
    .execute();
  return rows.length > 0;
}

export async function countReminders(db: Db, requestId: string): Promise<number> {
  const row = await db
    .selectFrom('rights_request_reminders')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('request_id', '=', requestId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
