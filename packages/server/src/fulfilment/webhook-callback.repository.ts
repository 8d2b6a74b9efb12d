import type { Db } from '../db/database.ts';
import type { JsonValue } from '../db/database-schema.ts';
import type { Sealed } from '../crypto/sealed-box.ts';

/** The parts of a step a callback reads and writes (fulfilment_steps, migration 0008). */
export interface WaitingStep {
  id: string;
  key: string;
  kind: string;
  system: string;
  dataset: string | null;
  status: string;
  result: { [key: string]: JsonValue } | null;
  sealed: Sealed | null;
}

/**
 * The steps of one request in one system, row-locked: two callbacks for the same step (two lookups of one dataset)
 * settle one after the other, and a callback never interleaves with a person resolving the step.
 */
export async function lockSystemSteps(tx: Db, requestId: string, system: string): Promise<WaitingStep[]> {
  const rows = await tx
    .selectFrom('fulfilment_steps')
    .select(['id', 'key', 'kind', 'system', 'dataset', 'status', 'result', 'data_iv', 'data_tag', 'data'])
    .where('request_id', '=', requestId)
    .where('system', '=', system)
    .orderBy('position')
    .forUpdate()
    .execute();
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    kind: r.kind,
    system: r.system ?? system,
    dataset: r.dataset,
    status: r.status,
    result: r.result as WaitingStep['result'],
    sealed: r.data && r.data_iv && r.data_tag ? { iv: Buffer.from(r.data_iv), tag: Buffer.from(r.data_tag), ciphertext: Buffer.from(r.data) } : null,
  }));
}

/** Records what a callback brought: still waiting (more answers due, or a person must act) or done. */
export async function saveCallbackProgress(
  tx: Db,
  id: string,
  progress: { done: boolean; result: { [key: string]: JsonValue }; sealed?: Sealed | null | undefined; lastError?: string | null | undefined },
): Promise<void> {
  await tx
    .updateTable('fulfilment_steps')
    .set({
      result: JSON.stringify(progress.result),
      // Rows for the package (access), or null: an erase step's sealed keys go once its rows are erased.
      ...(progress.sealed === undefined ? {} : { data_iv: progress.sealed?.iv ?? null, data_tag: progress.sealed?.tag ?? null, data: progress.sealed?.ciphertext ?? null }),
      ...(progress.lastError === undefined ? {} : { last_error: progress.lastError }),
      // No resolved_by: the system did the work, not a person (the answer to the person says "by hand" otherwise).
      ...(progress.done ? { status: 'done', last_error: null, finished_at: new Date().toISOString() } : {}),
    })
    .where('id', '=', id)
    .where('status', '=', 'waiting_manual')
    .execute();
}
