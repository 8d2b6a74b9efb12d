// Test-only: a vendor's webhook endpoint on 127.0.0.1 that answers some actions at once and others "later": 202 now,
// then, when the test says so, a signed POST to the callbackUrl Pledge sent, the way a slow third party works.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SIGNATURE_HEADER, signWebhookBody, verifyWebhookSignature, type WebhookCallback, type WebhookRequest } from '@pledge/connectors';
import type { Contact } from './webhook-stub.ts';

type AsyncAction = 'access' | 'erase' | 'rectify' | 'restrict';

export interface AsyncReceiver {
  url: string;
  contacts: Contact[];
  received: WebhookRequest[];
  /** Actions answered 202 (the rest at once, from `contacts`). */
  asyncActions: Set<AsyncAction>;
  /** Requests answered 202 and not yet called back. */
  waiting(action?: AsyncAction): WebhookRequest[];
  /** What the receiver would answer now (doing the erasure, for `erase`). */
  resultFor(request: WebhookRequest): WebhookCallback['result'];
  /** POSTs the signed callback to the request's callbackUrl; `sign` overrides the secret or the moment. */
  callBack(request: WebhookRequest, result?: WebhookCallback['result'], sign?: { secret?: string; at?: Date; body?: string; url?: string }): Promise<Response>;
  close(): Promise<void>;
}

export async function startAsyncReceiver(secret: string): Promise<AsyncReceiver> {
  const answered = new Set<string>();
  const receiver: AsyncReceiver = {
    url: '',
    contacts: [],
    received: [],
    asyncActions: new Set(),
    waiting: (action) => receiver.received.filter((r) => receiver.asyncActions.has(r.action as AsyncAction) && !answered.has(r.operationId) && (!action || r.action === action)),
    resultFor(request): WebhookCallback['result'] {
      if (request.action === 'access') {
        const { field, values } = request.identities!;
        return { rows: receiver.contacts.filter((c) => values.map(String).includes(String(c[field as keyof Contact]))).map((c) => ({ ...c })) };
      }
      if (request.action === 'erase') {
        const before = receiver.contacts.length;
        receiver.contacts = receiver.contacts.filter((c) => !request.keys!.map(String).includes(String(c.id)));
        return { counts: { erased: before - receiver.contacts.length, nulled: 0, hashed: 0, redacted: 0, retained: 0 } };
      }
      return { updated: 0 };
    },
    async callBack(request, result, sign = {}) {
      answered.add(request.operationId);
      const body = sign.body ?? JSON.stringify({ operationId: request.operationId, requestId: request.requestId, action: request.action, result: result ?? receiver.resultFor(request) });
      return fetch(sign.url ?? request.callbackUrl!, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signWebhookBody(body, sign.secret ?? secret, sign.at) },
        body,
      });
    },
    close: async () => undefined,
  };
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const send = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (!verifyWebhookSignature(raw, req.headers[SIGNATURE_HEADER.toLowerCase()] as string, secret).ok) return send(401, {});
    const body = JSON.parse(raw) as WebhookRequest;
    receiver.received.push(body);
    if (body.action === 'notify') return send(200, {});
    if (receiver.asyncActions.has(body.action as AsyncAction)) return send(202, {});
    return send(200, receiver.resultFor(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pledge`;
  receiver.close = () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve())));
  return receiver;
}
