import type { Db } from '../db/database.ts';

export interface StoredDocument {
  requestId: string;
  contentType: string;
  sizeBytes: number;
  iv: Buffer;
  authTag: Buffer;
  ciphertext: Buffer;
  uploadedAt: Date;
}

/** One document per request: a new upload replaces the previous one. */
export async function putAgentDocument(db: Db, d: StoredDocument): Promise<void> {
  const values = { content_type: d.contentType, size_bytes: d.sizeBytes, iv: d.iv, auth_tag: d.authTag, ciphertext: d.ciphertext, uploaded_at: d.uploadedAt.toISOString() };
  await db
    .insertInto('rights_agent_documents')
    .values({ request_id: d.requestId, ...values })
    .onConflict((oc) => oc.column('request_id').doUpdateSet({ ...values }))
    .execute();
}

export async function findAgentDocument(db: Db, requestId: string): Promise<StoredDocument | undefined> {
  const row = await db.selectFrom('rights_agent_documents').selectAll().where('request_id', '=', requestId).executeTakeFirst();
  // pg returns Buffer, PGlite Uint8Array: normalise.
  return (
    row && {
      requestId: row.request_id, contentType: row.content_type, sizeBytes: row.size_bytes, iv: Buffer.from(row.iv),
      authTag: Buffer.from(row.auth_tag), ciphertext: Buffer.from(row.ciphertext), uploadedAt: row.uploaded_at,
    }
  );
}

/** What the reviewer is about to open, without decrypting it (not a read of its contents, so not audited). */
export async function findAgentDocumentInfo(db: Db, requestId: string): Promise<{ contentType: string; sizeBytes: number; uploadedAt: Date } | undefined> {
  const row = await db.selectFrom('rights_agent_documents').select(['content_type', 'size_bytes', 'uploaded_at']).where('request_id', '=', requestId).executeTakeFirst();
  return row && { contentType: row.content_type, sizeBytes: row.size_bytes, uploadedAt: row.uploaded_at };
}

/** After the decision the copy goes (attack 3): returns whether there was one. */
export async function deleteAgentDocument(db: Db, requestId: string): Promise<boolean> {
  const rows = await db.deleteFrom('rights_agent_documents').where('request_id', '=', requestId).returning('request_id').execute();
  return rows.length > 0;
}
