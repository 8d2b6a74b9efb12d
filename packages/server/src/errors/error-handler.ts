import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PledgeError } from './pledge-error.ts';

/** The shape of every error response. */
export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: 'Stable code from the catalogue in errors/error-codes.ts.' }),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ description: 'Every error response has this shape.' });

export type ErrorBody = z.infer<typeof ErrorBodySchema>;

export interface ValidationIssue {
  /** Where the problem is, e.g. `body.label` or `query.limit`. */
  path: string;
  /** The rule that failed (zod issue code, e.g. `too_small`, `invalid_type`). */
  rule: string;
  message: string;
}

const FASTIFY_CODES: Record<string, PledgeError['code']> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
};

/** The one error handler: PledgeErrors and bad input become their 4xx; anything else a logged 500. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => sendError(reply, toPledgeError(error, request)));
  app.setNotFoundHandler((_request, reply) => sendError(reply, new PledgeError('not_found')));
  // Documents the error shape on every route (OpenAPI) and holds error bodies to it.
  app.addHook('onRoute', (route) => {
    if (!route.schema) route.schema = {};
    const response = (route.schema.response ?? {}) as Record<string, unknown>;
    route.schema.response = { '4xx': ErrorBodySchema, '5xx': ErrorBodySchema, ...response };
  });
}

export function errorBody(error: PledgeError): ErrorBody {
  return { error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } };
}

function sendError(reply: FastifyReply, error: PledgeError): FastifyReply {
  return reply.code(error.status).send(errorBody(error));
}

function toPledgeError(error: FastifyError, request: FastifyRequest): PledgeError {
  if (error instanceof PledgeError) return error;
  if (hasZodFastifySchemaValidationErrors(error) || Array.isArray(error.validation)) {
    return new PledgeError('validation_failed', { details: validationIssues(error) });
  }
  const mapped = FASTIFY_CODES[error.code];
  if (mapped) return new PledgeError(mapped);
  const status = error.statusCode ?? 500;
  if (status === 404) return new PledgeError('not_found');
  if (status >= 400 && status < 500) return new PledgeError('bad_request');
  logUnexpected(request, error);
  return new PledgeError('internal_error');
}

function validationIssues(error: FastifyError): ValidationIssue[] {
  const context = error.validationContext === 'querystring' ? 'query' : (error.validationContext ?? 'request');
  return (error.validation ?? []).flatMap((issue) => {
    const path = [context, ...issue.instancePath.split('/').filter((s) => s !== '')].join('.');
    const message = issue.message ?? 'is invalid';
    // Name each unknown field itself rather than the object that holds it.
    const unknownKeys = issue.keyword === 'unrecognized_keys' ? (issue.params as { keys?: unknown }).keys : undefined;
    if (Array.isArray(unknownKeys)) {
      return unknownKeys.map((key) => ({ path: `${path}.${String(key)}`, rule: issue.keyword, message: 'is not a known field' }));
    }
    return [{ path, rule: issue.keyword, message }];
  });
}

/**
 * Logs what an operator needs to find the bug, and nothing that could hold personal data:
 * no message (a driver error may quote the offending value), no request body, no headers.
 */
function logUnexpected(request: FastifyRequest, error: Error & { code?: unknown }): void {
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at '));
  request.log.error(
    { error: { name: error.name, code: typeof error.code === 'string' ? error.code : undefined, stack: frames.join('\n') } },
    'unexpected error',
  );
}
