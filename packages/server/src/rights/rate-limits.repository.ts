import type { Db } from '../db/database.ts';

/**
 * A sliding-window counter in the database, so every server shares it. Records the hit and
 * returns how many the bucket had in the window before it; old hits of the bucket are pruned on the way.
 */
export async function recordHit(db: Db, bucket: string, at: Date, windowMs: number): Promise<number> {
  const since = new Date(at.getTime() - windowMs);
  await db.deleteFrom('rate_limit_hits').where('bucket', '=', bucket).where('at', '<=', since).execute();
  const row = await db
    .selectFrom('rate_limit_hits')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('bucket', '=', bucket)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  await db.insertInto('rate_limit_hits').values({ bucket, at: at.toISOString() }).execute();
  return Number(row.n);
}

/** Removes every hit older than the window: for the daily job. */
export async function pruneHits(db: Db, before: Date): Promise<void> {
  await db.deleteFrom('rate_limit_hits').where('at', '<', before).execute();
}
