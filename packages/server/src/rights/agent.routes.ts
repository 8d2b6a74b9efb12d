import multipart from '@fastify/multipart';
import { z } from 'zod';
import type { PledgeApp } from '../app-types.ts';
import { principalOf } from '../auth/access-control.ts';
import { actorOf } from '../auth/roles.ts';
import { PledgeError } from '../errors/pledge-error.ts';
import { STAFF } from './admin-requests.routes.ts';
import { MAX_DOCUMENT_BYTES } from './agent-document-crypto.ts';
import type { AgentService } from './agent.service.ts';
import { IdParams, ReferenceParams, StateSchema, StatusTokenQuery } from './request-schemas.ts';

/** Multipart parsing is registered in this scope only: every other route keeps accepting JSON alone. */
export async function registerAgentRoutes(app: PledgeApp, agents: AgentService): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 0, parts: 1 } });
    (scope as unknown as PledgeApp).post('/v1/requests/:reference/agent-authorisation', {
      config: { access: 'public' },
      schema: {
        summary: "Upload the agent's signed authorisation (multipart, one PDF, PNG or JPEG up to 5 MB)",
        description: 'Stored encrypted, reviewed by a person, deleted after the decision. The type is read from the content, not the file name.',
        params: ReferenceParams,
        querystring: StatusTokenQuery,
        response: { 202: z.object({ message: z.string() }) },
      },
      handler: async (request, reply) => {
        const content = await readSingleFile(request);
        await agents.upload(request.params.reference, request.query.token, content);
        return reply.code(202).send({ message: 'Received. A person will review it; the person you act for will be asked to confirm.' });
      },
    });
  });

  app.get('/v1/admin/requests/:id/agent-authorisation', {
    config: { access: STAFF },
    schema: {
      summary: "Download the agent's authorisation for review (the read is audited)",
      description: '404 agent_document_not_found while none was uploaded; 410 agent_document_deleted once a reviewer decided (the copy is deleted then).',
      params: IdParams,
    },
    handler: async (request, reply) => {
      const document = await agents.read(request.params.id, actorOf(principalOf(request)));
      reply.header('cache-control', 'no-store').header('content-disposition', 'attachment; filename="authorisation"').header('x-content-type-options', 'nosniff');
      return reply.type(document.contentType).send(document.content);
    },
  });

  app.post('/v1/admin/requests/:id/agent-authorisation/decision', {
    config: { access: STAFF },
    schema: {
      summary: "Decide on the agent's authorisation; the document is deleted either way",
      description: 'approved: the person is asked to confirm through their own address. rejected: the request is denied as unverifiable.',
      params: IdParams,
      body: z.strictObject({
        decision: z.enum(['approved', 'rejected']),
        reason: z.string().trim().min(10).max(2000).meta({ description: "Why: what the reviewer checked. Kept on the request's internal timeline, never shown to the person or the agent." }),
      }),
      response: { 200: z.object({ state: StateSchema, agentStatus: z.enum(['approved', 'rejected']) }) },
    },
    handler: async (request) => {
      const decided = await agents.decide(request.params.id, request.body, actorOf(principalOf(request)));
      return { state: decided.state, agentStatus: request.body.decision };
    },
  });
}

async function readSingleFile(request: import('fastify').FastifyRequest): Promise<Buffer> {
  if (!request.isMultipart()) throw new PledgeError('unsupported_media_type', { message: 'Send the document as multipart/form-data.' });
  try {
    const file = await request.file();
    if (!file) throw new PledgeError('validation_failed', { details: [{ path: 'body.file', rule: 'required', message: 'attach one file' }] });
    return await file.toBuffer();
  } catch (error) {
    if (error instanceof PledgeError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw new PledgeError('payload_too_large', { message: 'The document is larger than 5 MB.' });
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') throw new PledgeError('validation_failed', { details: [{ path: 'body', rule: 'too_many_parts', message: 'send exactly one file' }] });
    throw error;
  }
}
