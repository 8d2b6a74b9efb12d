/// <reference lib="dom" />
import type { ConsentRecordBody } from './types.ts';

/**
 * Sends the record of a choice to the ledger; resolves to its receipt, or undefined when it could not be recorded.
 * `keepalive` lets the request outlive a navigation that follows the click.
 */
export function sendRecord(endpoint: string, body: ConsentRecordBody): Promise<string | undefined> {
  return fetch(endpoint, {
    method: 'POST',
    keepalive: true,
    credentials: 'omit',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
    .then((r) => (r.ok ? r.json() : undefined))
    .then((j: { receipt?: string; id?: string } | undefined) => j && (j.receipt || j.id))
    .catch(() => undefined);
}
