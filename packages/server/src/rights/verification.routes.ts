import { z } from 'zod';
import type { PledgeApp } from '../app-types.ts';
import type { AssertionVerifier } from './login-assertion.ts';
import { verifyWithLogin } from './login-verification.service.ts';
import { Accepted, AssertionBody, CodeBody, LinkBody, ReferenceParams, TokenBody } from './request-schemas.ts';
import type { RightsContext } from './rights-context.ts';
import type { VerificationService } from './verification.service.ts';

/** Public verification: e-mail code, e-mail link, the company's login assertion, and a fresh mail. */
export function registerVerificationRoutes(app: PledgeApp, ctx: RightsContext, verification: VerificationService, assertions: AssertionVerifier): void {
  app.post('/v1/requests/:reference/verification/code', {
    config: { access: 'public' },
    schema: { summary: 'Verify with the six-digit code from the mail', description: 'Five wrong codes lock it; ask for a new mail.', params: ReferenceParams, body: CodeBody, response: { 200: Accepted } },
    handler: async (request) => {
      const verified = await verification.verifyCode(request.params.reference, request.body.token, request.body.code);
      return { state: verified.state, message: 'Thank you: your e-mail address is confirmed.' };
    },
  });

  app.post('/v1/requests/:reference/verification/link', {
    config: { access: 'public' },
    schema: { summary: 'Verify with the token from the mailed link', description: 'Single use and bound to this request.', params: ReferenceParams, body: LinkBody, response: { 200: z.object({ message: z.string() }) } },
    handler: async (request) => {
      const { purpose } = await verification.verifyLink(request.params.reference, request.body.token);
      return { message: purpose === 'identity' ? 'Thank you: your request is confirmed.' : 'Thank you: the new address is confirmed.' };
    },
  });

  app.post('/v1/requests/:reference/verification/assertion', {
    config: { access: 'public' },
    schema: {
      summary: "Verify with the company site's signed login assertion",
      description: 'A JWT (HS256, or RS256/ES256 from the JWKS) naming this e-mail address; for access, erasure and correction the login must be at most five minutes old.',
      params: ReferenceParams,
      body: AssertionBody,
      response: { 200: Accepted },
    },
    handler: async (request) => {
      const verified = await verifyWithLogin(ctx, assertions, request.params.reference, request.body.token, request.body.assertion);
      return { state: verified.state, message: 'Thank you: your login is confirmed.' };
    },
  });

  app.post('/v1/requests/:reference/verification/resend', {
    config: { access: 'public' },
    schema: { summary: 'Send a new verification mail', description: 'The earlier link and code stop working.', params: ReferenceParams, body: TokenBody, response: { 202: z.object({ message: z.string() }) } },
    handler: async (request, reply) => {
      await verification.resend(request.params.reference, request.body.token);
      return reply.code(202).send({ message: 'A new mail is on its way.' });
    },
  });
}
