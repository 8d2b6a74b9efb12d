import { z } from 'zod';
import type { PledgeApp } from '../app-types.ts';
import { enforceIntakeLimits } from './intake-limits.ts';
import { takeInRequest } from './intake.service.ts';
import { viewRequestAsPerson, withdrawAsPerson } from './person.service.ts';
import { Accepted, DeliveryBody, IntakeAccepted, IntakeBody, PersonView, ReferenceParams, StatusTokenQuery, TokenBody } from './request-schemas.ts';
import type { RightsContext } from './rights-context.ts';
import type { VerificationService } from './verification.service.ts';

/** The person's side: make a request, follow it, withdraw it. Public, rate limited, and never telling whether anyone is known. */
export function registerRequestRoutes(app: PledgeApp, ctx: RightsContext, verification: VerificationService): void {
  app.post('/v1/requests', {
    config: { access: 'public' },
    schema: {
      summary: 'Make a rights request',
      description: 'Always 202 with the same shape: the answer never depends on whether the company knows the person. Verification goes to the given e-mail address.',
      body: IntakeBody,
      response: { 202: IntakeAccepted },
    },
    handler: async (request, reply) => {
      await enforceIntakeLimits(ctx, request.ip, request.body.email);
      const { request: created, statusToken } = await takeInRequest(ctx, request.body, { channel: 'web_form', receivedAt: ctx.now(), actor: 'person' });
      reply.header('cache-control', 'no-store');
      return reply.code(202).send({ reference: created.reference, statusToken });
    },
  });

  app.get('/v1/requests/:reference', {
    config: { access: 'public' },
    schema: { summary: "The person's view of their request", params: ReferenceParams, querystring: StatusTokenQuery, response: { 200: PersonView } },
    handler: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return viewRequestAsPerson(ctx, request.params.reference, request.query.token);
    },
  });

  app.post('/v1/requests/:reference/withdraw', {
    config: { access: 'public' },
    schema: { summary: 'Withdraw a request', params: ReferenceParams, body: TokenBody, response: { 200: Accepted } },
    handler: async (request) => {
      const withdrawn = await withdrawAsPerson(ctx, request.params.reference, request.body.token);
      return { state: withdrawn.state, message: 'The request is withdrawn.' };
    },
  });

  app.post('/v1/requests/:reference/delivery-address', {
    config: { access: 'public' },
    schema: {
      summary: 'Ask for results to go to another address',
      description: 'Takes effect only after confirmation through a link sent to the address already on the request (step-up on the existing channel).',
      params: ReferenceParams,
      body: DeliveryBody,
      response: { 202: z.object({ message: z.string() }) },
    },
    handler: async (request, reply) => {
      await verification.requestDeliveryChange(request.params.reference, request.body.token, request.body.email);
      return reply.code(202).send({ message: 'To confirm, open the link we sent to the address already on this request.' });
    },
  });
}
