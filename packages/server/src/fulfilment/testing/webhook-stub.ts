// Test-only: the "mailer" webhook system of the fulfilment tests, on 127.0.0.1. It keeps its contacts in memory,
// checks Pledge's signature, and can be made slow (erase) or broken (every call answers a status).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhookSignature, SIGNATURE_HEADER, type WebhookRequest } from '@pledge/connectors';

export interface Contact {
  id: number;
  email: string;
  customer_id: number | null;
}

export interface WebhookStub {
  url: string;
  contacts: Contact[];
  received: WebhookRequest[];
  /** Milliseconds the next erase waits before answering (then back to 0). */
  eraseDelayMs: number;
  /** Set: every call answers this HTTP status. */
  failWith: number | null;
  close(): Promise<void>;
}

export async function startWebhookStub(secret: string, contacts: Contact[]): Promise<WebhookStub> {
  const stub: WebhookStub = { url: '', contacts, received: [], eraseDelayMs: 0, failWith: null, close: async () => undefined };
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const send = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (!verifyWebhookSignature(raw, req.headers[SIGNATURE_HEADER.toLowerCase()] as string, secret).ok) return send(401, {});
    const body = JSON.parse(raw) as WebhookRequest;
    stub.received.push(body);
    if (stub.failWith !== null) return send(stub.failWith, { error: { code: 'remote' } });
    if (body.action === 'notify') return send(200, {});
    if (body.action === 'access') {
      const { field, values } = body.identities!;
      return send(200, { rows: stub.contacts.filter((c) => values.map(String).includes(String(c[field as keyof Contact]))) });
    }
    if (body.action === 'erase') {
      const delay = stub.eraseDelayMs;
      stub.eraseDelayMs = 0;
      await new Promise((r) => setTimeout(r, delay));
      const before = stub.contacts.length;
      stub.contacts = stub.contacts.filter((c) => !body.keys!.map(String).includes(String(c.id)));
      return send(200, { counts: { erased: before - stub.contacts.length } });
    }
    return send(200, { updated: 0 });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pledge`;
  stub.close = () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve())));
  return stub;
}
