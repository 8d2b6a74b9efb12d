import { sql, type Selectable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { RightsVerificationChallengesTable } from './rights-tables.ts';

export type ChallengePurpose = 'identity' | 'delivery_change';

export interface Challenge {
  id: string;
  requestId: string;
  purpose: ChallengePurpose;
  linkExpiresAt: Date;
  codeHash: string | null;
  codeExpiresAt: Date | null;
  attempts: number;
  lockedAt: Date | null;
  consumedAt: Date | null;
  supersededAt: Date | null;
  payload: Record<string, string>;
}

export async function insertChallenge(
  db: Db,
  c: { id: string; requestId: string; purpose: ChallengePurpose; linkTokenHash: string; linkExpiresAt: Date; codeHash: string | null; codeExpiresAt: Date | null; payload: Record<string, string>; at: Date },
): Promise<void> {
  await db
    .insertInto('rights_verification_challenges')
    .values({
      id: c.id, request_id: c.requestId, purpose: c.purpose, link_token_hash: c.linkTokenHash, link_expires_at: c.linkExpiresAt.toISOString(),
      code_hash: c.codeHash, code_expires_at: c.codeExpiresAt?.toISOString() ?? null, payload: JSON.stringify(c.payload), created_at: c.at.toISOString(),
    })
    .execute();
}

/** A new challenge replaces every open one of the same purpose: only the latest mail works. */
export async function supersedeOpenChallenges(db: Db, requestId: string, purpose: ChallengePurpose, at: Date): Promise<void> {
  await db
    .updateTable('rights_verification_challenges')
    .set({ superseded_at: at.toISOString() })
    .where('request_id', '=', requestId)
    .where('purpose', '=', purpose)
    .where('consumed_at', 'is', null)
    .where('superseded_at', 'is', null)
    .execute();
}

export async function countChallenges(db: Db, requestId: string, purpose: ChallengePurpose): Promise<number> {
  const row = await db
    .selectFrom('rights_verification_challenges')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('request_id', '=', requestId)
    .where('purpose', '=', purpose)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findChallengeByLinkHash(db: Db, linkTokenHash: string): Promise<Challenge | undefined> {
  const row = await db.selectFrom('rights_verification_challenges').selectAll().where('link_token_hash', '=', linkTokenHash).executeTakeFirst();
  return row && toChallenge(row);
}

/** The one identity challenge that may still take a code: the latest, neither consumed nor superseded. */
export async function findOpenIdentityChallenge(db: Db, requestId: string): Promise<Challenge | undefined> {
  const row = await db
    .selectFrom('rights_verification_challenges')
    .selectAll()
    .where('request_id', '=', requestId)
    .where('purpose', '=', 'identity')
    .where('consumed_at', 'is', null)
    .where('superseded_at', 'is', null)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && toChallenge(row);
}

/**
 * Claims one code attempt atomically, before the code is compared: parallel guesses cannot exceed
 * the limit (attack 9). Returns the attempt number, or null when the challenge is locked or closed.
 */
export async function claimCodeAttempt(db: Db, id: string, maxAttempts: number, at: Date): Promise<number | null> {
  const row = await db
    .updateTable('rights_verification_challenges')
    .set((eb) => ({
      attempts: eb('attempts', '+', 1),
      // The right-hand side sees the old value: the attempt that reaches the limit locks the challenge.
      locked_at: sql<string | null>`case when attempts >= ${maxAttempts - 1} then ${at.toISOString()}::timestamptz else locked_at end`,
    }))
    .where('id', '=', id)
    .where('locked_at', 'is', null)
    .where('consumed_at', 'is', null)
    .where('superseded_at', 'is', null)
    .returning('attempts')
    .executeTakeFirst();
  return row ? row.attempts : null;
}

/** Single use: only the first caller gets true. */
export async function consumeChallenge(db: Db, id: string, at: Date): Promise<boolean> {
  const row = await db
    .updateTable('rights_verification_challenges')
    .set({ consumed_at: at.toISOString() })
    .where('id', '=', id)
    .where('consumed_at', 'is', null)
    .where('superseded_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

function toChallenge(row: Selectable<RightsVerificationChallengesTable>): Challenge {
  return {
    id: row.id, requestId: row.request_id, purpose: row.purpose as ChallengePurpose, linkExpiresAt: row.link_expires_at, codeHash: row.code_hash,
    codeExpiresAt: row.code_expires_at, attempts: row.attempts, lockedAt: row.locked_at, consumedAt: row.consumed_at,
    supersededAt: row.superseded_at, payload: row.payload as Record<string, string>,
  };
}
