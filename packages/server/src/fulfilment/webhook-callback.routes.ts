import { SIGNATURE_HEADER, verifyWebhookSignature, WebhookCallback } from '@pledge/connectors';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PledgeApp } from '../app-types.ts';
import { PledgeError } from '../errors/pledge-error.ts';
import type { WebhookCallbacks } from './webhook-callback.service.ts';

/** Access callbacks carry a dataset's rows; far more than the API's usual 256 KB, far less than a memory risk. */
const CALLBACK_BODY_LIMIT_BYTES = 5 * 1024 * 1024;
const Params = z.object({ system: z.string().min(1).max(100).meta({ description: "The manifest's id of the webhook system." }) });

/**
 * Where webhook systems that answered 202 report later. Public on purpose (the vendor has no API key), and
 * authenticated by the system's own HMAC signature over the exact bytes received, checked before the body is even
 * parsed: a stranger learns nothing about the schema, and a request older than five minutes is refused (replay).
 * Registered in its own scope so that only this route receives the raw body.
 */
export function registerWebhookCallbackRoutes(app: PledgeApp, callbacks: WebhookCallbacks): void {
  void app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: CALLBACK_BODY_LIMIT_BYTES }, (_request, body, done) => done(null, body));

    scope.post('/v1/connectors/:system/callback', {
      config: { access: 'public' },
      bodyLimit: CALLBACK_BODY_LIMIT_BYTES,
      schema: {
        summary: 'Asynchronous result of a webhook operation (the system answered 202 earlier)',
        description:
          `Signed like Pledge's own calls: header \`${SIGNATURE_HEADER}: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">\` with the ` +
          "system's secret, at most 5 minutes old. A repeated callback is answered `already_settled` and changes nothing. " +
          'See docs/connectors.md, "Asynchronous answers".',
        params: Params,
        body: WebhookCallback.meta({ description: 'operationId and requestId as Pledge sent them; result as the synchronous answer would have been, or {"error": "..."} (no personal data).' }),
        response: { 200: z.object({ status: z.enum(['settled', 'waiting', 'manual', 'already_settled', 'ignored']) }) },
      },
      preValidation: async (request) => {
        const { system } = request.params as { system: string };
        const secret = callbacks.secretOf(system);
        if (secret === null) throw new PledgeError('callback_system_unknown', { details: { system } });
        const raw = typeof request.body === 'string' ? request.body : '';
        const check = verifyWebhookSignature(raw, request.headers[SIGNATURE_HEADER.toLowerCase()] as string | undefined, secret);
        if (!check.ok) {
          request.log.warn({ system, reason: check.reason }, 'webhook callback refused');
          throw new PledgeError('callback_signature_invalid', { details: { reason: check.reason } });
        }
        try {
          // Still unchecked here: the schema validates it next, before the handler sees it.
          request.body = JSON.parse(raw) as typeof request.body;
        } catch {
          throw new PledgeError('malformed_json');
        }
      },
      handler: async (request) => ({ status: await callbacks.settle(request.params.system, request.body) }),
    });
  });
}
