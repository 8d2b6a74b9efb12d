// Test-only: a real HTTP receiver on 127.0.0.1 that checks Pledge's signature and answers from a real connector,
// the way a company's own endpoint would. It is the "third party we cannot reach" of the webhook tests.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Connector, DatasetSpec } from '../connector.ts';
import { isConnectorError } from '../connector-error.ts';
import type { WebhookRequest } from '../webhook/webhook-protocol.ts';
import { SIGNATURE_HEADER, verifyWebhookSignature } from '../webhook/webhook-signature.ts';

export interface ReceiverOptions {
  secret: string;
  backend: Connector;
  datasets: readonly DatasetSpec[];
  hashSecret: string;
}

export interface TestReceiver {
  url: string;
  /** Every verified request, in order. */
  received: WebhookRequest[];
  /** Refused requests and why. */
  refused: string[];
  /** Overrides the answer: 'async' answers 202, a number answers that status, 'hang' never answers. */
  mode: 'sync' | 'async' | 'hang' | number;
  close(): Promise<void>;
}

const send = (res: ServerResponse, status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

async function answer(req: WebhookRequest, options: ReceiverOptions): Promise<unknown> {
  if (req.action === 'notify') return {};
  const dataset = options.datasets.find((d) => d.id === req.dataset);
  if (!dataset) throw Object.assign(new Error('unknown dataset'), { status: 404 });
  const spec = { ...dataset, table: req.table ?? dataset.table };
  const { backend } = options;
  if (req.action === 'access') return { rows: await backend.findRows(spec, { field: req.identities!.field, values: req.identities!.values }) };
  if (req.action === 'erase') return { counts: await backend.eraseRows(spec, req.keys!, { strategies: req.strategies!, hashSecret: options.hashSecret }) };
  if (req.action === 'rectify') return backend.rectifyRows(spec, req.keys!, req.changes!);
  return backend.restrictRows(spec, req.keys!, req.restricted!);
}

export async function startTestReceiver(options: ReceiverOptions): Promise<TestReceiver> {
  const sockets = new Set<import('node:net').Socket>();
  const receiver: TestReceiver = { url: '', received: [], refused: [], mode: 'sync', close: async () => undefined };
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const check = verifyWebhookSignature(raw, req.headers[SIGNATURE_HEADER.toLowerCase()] as string | undefined, options.secret);
    if (!check.ok) {
      receiver.refused.push(check.reason);
      return send(res, 401, { error: { code: 'remote' } });
    }
    const body = JSON.parse(raw) as WebhookRequest;
    receiver.received.push(body);
    if (receiver.mode === 'hang') return;
    if (typeof receiver.mode === 'number') return send(res, receiver.mode, { error: { code: 'remote', message: 'anna.jansen@example.com' } });
    if (receiver.mode === 'async') return send(res, 202, {});
    try {
      send(res, 200, await answer(body, options));
    } catch (error) {
      const code = isConnectorError(error) ? error.code : 'remote';
      send(res, code === 'engine' || code === 'network' ? 500 : (error as { status?: number }).status ?? 422, { error: { code } });
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pledge`;
  receiver.close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return receiver;
}
