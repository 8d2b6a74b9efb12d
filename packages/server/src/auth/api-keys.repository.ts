import { sql, type Selectable } from 'kysely';
import type { Db } from '../db/database.ts';
import type { ApiKeysTable } from '../db/database-schema.ts';
import { isRole, type Role } from './roles.ts';

/** An API key as the rest of the server sees it: never with its hash. */
export interface ApiKeyRecord {
  id: string;
  label: string;
  role: Role;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export interface StoredApiKey extends ApiKeyRecord {
  secretHash: string;
}

const PUBLIC_COLUMNS = ['id', 'label', 'role', 'prefix', 'created_at', 'last_used_at', 'revoked_at'] as const;

export async function insertApiKey(
  db: Db,
  key: { id: string; label: string; role: Role; prefix: string; secretHash: string; createdBy: string },
): Promise<ApiKeyRecord> {
  const row = await db
    .insertInto('api_keys')
    .values({ id: key.id, label: key.label, role: key.role, prefix: key.prefix, secret_hash: key.secretHash, created_by: key.createdBy })
    .returning(PUBLIC_COLUMNS)
    .executeTakeFirstOrThrow();
  return toRecord(row);
}

export async function findApiKeyByPrefix(db: Db, prefix: string): Promise<StoredApiKey | undefined> {
  const row = await db.selectFrom('api_keys').selectAll().where('prefix', '=', prefix).executeTakeFirst();
  return row && { ...toRecord(row), secretHash: row.secret_hash };
}

export async function findApiKeyById(db: Db, id: string): Promise<ApiKeyRecord | undefined> {
  const row = await db.selectFrom('api_keys').select(PUBLIC_COLUMNS).where('id', '=', id).executeTakeFirst();
  return row && toRecord(row);
}

/** Who created the key (the audit actor), or null for an unknown key or one whose creator was never recorded. */
export async function findApiKeyCreator(db: Db, id: string): Promise<string | null> {
  const row = await db.selectFrom('api_keys').select('created_by').where('id', '=', id).executeTakeFirst();
  return row?.created_by ?? null;
}

export async function listApiKeys(db: Db): Promise<ApiKeyRecord[]> {
  const rows = await db.selectFrom('api_keys').select(PUBLIC_COLUMNS).orderBy('created_at').orderBy('id').execute();
  return rows.map(toRecord);
}

export async function countApiKeys(db: Db): Promise<number> {
  const row = await db.selectFrom('api_keys').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Serialises "is this the first key?" decisions, so two servers starting together create one bootstrap key. */
export async function lockApiKeysForBootstrap(tx: Db): Promise<void> {
  if (!tx.isTransaction) throw new Error('lockApiKeysForBootstrap must run inside a transaction');
  await sql`lock table api_keys in exclusive mode`.execute(tx);
}

/** Revokes only a live key, so two concurrent revocations yield one audit entry. */
export async function revokeApiKey(db: Db, id: string, at: Date): Promise<ApiKeyRecord | undefined> {
  const row = await db
    .updateTable('api_keys')
    .set({ revoked_at: at.toISOString() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returning(PUBLIC_COLUMNS)
    .executeTakeFirst();
  return row && toRecord(row);
}

/** Records use at most once a minute per key, so authentication is not a write on every request. */
export async function touchApiKeyLastUsed(db: Db, id: string, at: Date): Promise<void> {
  const oneMinuteEarlier = new Date(at.getTime() - 60_000);
  await db
    .updateTable('api_keys')
    .set({ last_used_at: at.toISOString() })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', oneMinuteEarlier)]))
    .execute();
}

function toRecord(row: Pick<Selectable<ApiKeysTable>, (typeof PUBLIC_COLUMNS)[number]>): ApiKeyRecord {
  if (!isRole(row.role)) throw new Error(`api_keys row ${row.id} has an unknown role`);
  return {
    id: row.id,
    label: row.label,
    role: row.role,
    prefix: row.prefix,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}
