import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Sealed } from '../crypto/sealed-box.ts';

export interface StoredPackage extends Sealed {
  requestId: string;
  sizeBytes: number;
  sha256: string;
  expiresAt: Date;
}

/** At most one package per request: a resumed run that built it already keeps the first. */
export async function insertPackage(db: Db, p: StoredPackage): Promise<void> {
  await db
    .insertInto('access_packages')
    .values({ request_id: p.requestId, iv: p.iv, auth_tag: p.tag, ciphertext: p.ciphertext, size_bytes: p.sizeBytes, sha256: p.sha256, created_at: new Date().toISOString(), expires_at: p.expiresAt.toISOString() })
    .onConflict((oc) => oc.column('request_id').doNothing())
    .execute();
}

export async function findPackage(db: Db, requestId: string): Promise<StoredPackage | undefined> {
  const r = await db.selectFrom('access_packages').selectAll().where('request_id', '=', requestId).executeTakeFirst();
  return r && { requestId: r.request_id, iv: Buffer.from(r.iv), tag: Buffer.from(r.auth_tag), ciphertext: Buffer.from(r.ciphertext), sizeBytes: r.size_bytes, sha256: r.sha256, expiresAt: r.expires_at };
}

/** Expired packages are deleted, not kept "just in case" (GDPR Art. 5(1)(e)). */
export async function deleteExpiredPackages(db: Db, now: Date): Promise<number> {
  const result = await db.deleteFrom('access_packages').where('expires_at', '<', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export interface Download {
  id: string;
  requestId: string;
  expiresAt: Date;
  codeHash: string | null;
  codeExpiresAt: Date | null;
  codeAttempts: number;
  usedAt: Date | null;
}

/** A new link replaces the request's unused ones: only the latest mail's link works. */
export async function insertDownload(db: Db, d: { requestId: string; tokenHash: string; expiresAt: Date }): Promise<void> {
  await db.deleteFrom('package_downloads').where('request_id', '=', d.requestId).where('used_at', 'is', null).execute();
  await db
    .insertInto('package_downloads')
    .values({ id: randomUUID(), request_id: d.requestId, token_hash: d.tokenHash, expires_at: d.expiresAt.toISOString(), created_at: new Date().toISOString() })
    .execute();
}

/**
 * The package and its first link in one statement (one round trip in the run's last commit): insertPackage and
 * insertDownload together, with the same rules (the first package stays; the new link replaces unused ones).
 */
export async function storePackageWithLink(db: Db, p: StoredPackage, tokenHash: string): Promise<void> {
  const now = new Date().toISOString();
  await sql`with package as (
      insert into access_packages (request_id, iv, auth_tag, ciphertext, size_bytes, sha256, created_at, expires_at)
      values (${p.requestId}, ${p.iv}, ${p.tag}, ${p.ciphertext}, ${p.sizeBytes}, ${p.sha256}, ${now}, ${p.expiresAt.toISOString()})
      on conflict (request_id) do nothing),
    replaced as (delete from package_downloads where request_id = ${p.requestId} and used_at is null)
    insert into package_downloads (id, request_id, token_hash, expires_at, created_at)
    values (${randomUUID()}, ${p.requestId}, ${tokenHash}, ${p.expiresAt.toISOString()}, ${now})`.execute(db);
}

/** The link for this reference and token, whoever asks; undefined for any mismatch. */
export async function findDownload(db: Db, reference: string, tokenHash: string): Promise<Download | undefined> {
  const r = await db
    .selectFrom('package_downloads as d')
    .innerJoin('rights_requests as r', 'r.id', 'd.request_id')
    .select(['d.id', 'd.request_id', 'd.expires_at', 'd.code_hash', 'd.code_expires_at', 'd.code_attempts', 'd.used_at'])
    .where('d.token_hash', '=', tokenHash)
    .where('r.reference', '=', reference)
    .executeTakeFirst();
  return r && { id: r.id, requestId: r.request_id, expiresAt: r.expires_at, codeHash: r.code_hash, codeExpiresAt: r.code_expires_at, codeAttempts: Number(r.code_attempts), usedAt: r.used_at };
}

export async function setDownloadCode(db: Db, id: string, codeHash: string, expiresAt: Date): Promise<void> {
  await db.updateTable('package_downloads').set({ code_hash: codeHash, code_expires_at: expiresAt.toISOString() }).where('id', '=', id).execute();
}

export async function countWrongCode(db: Db, id: string): Promise<number> {
  const { rows } = await sql<{ code_attempts: number }>`update package_downloads set code_attempts = code_attempts + 1 where id = ${id} returning code_attempts`.execute(db);
  return Number(rows[0]?.code_attempts ?? 0);
}

/** Single use: only the first caller flips used_at; a concurrent second one gets false. */
export async function consumeDownload(db: Db, id: string): Promise<boolean> {
  const result = await db.updateTable('package_downloads').set({ used_at: new Date().toISOString() }).where('id', '=', id).where('used_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
