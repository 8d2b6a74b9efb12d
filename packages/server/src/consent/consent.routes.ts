import type { PledgeApp } from '../app-types.ts';
import { actorOf, ROLES, type Principal } from '../auth/roles.ts';
import { answerPreflight, identifyConsentCaller } from './consent-cors.ts';
import { ConsentBody, CurrentQuery, CurrentView, ReceiptView, SubjectParams } from './consent.schemas.ts';
import type { ConsentService } from './consent.service.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set on POST /v1/consents before the body is validated: a listed site or an authenticated server. */
    consentActor?: { origin: string | null; actor: string };
  }
}

export function registerConsentRoutes(app: PledgeApp, consent: ConsentService, authenticate: (presented: string) => Promise<Principal | null>): void {
  const origins = consent.catalogue.origins;

  app.options('/v1/consents', {
    config: { access: 'public' },
    schema: { summary: 'CORS preflight for recording consent' },
    handler: async (request, reply) => answerPreflight(request, reply, origins),
  });

  app.post('/v1/consents', {
    config: { access: 'public' },
    schema: {
      summary: 'Record a consent choice',
      description:
        'Called by the banner from a site in cookieSettings.origins (CORS), or server-to-server without Origin with an ' +
        'admin or privacy_officer API key. Answers 201 only once the record is committed to the ledger; 503 when its ' +
        'batch failed, in which case nothing of it was stored.',
      body: ConsentBody,
      response: { 201: ReceiptView },
    },
    // Before the body is read: a refused origin learns nothing about the schema.
    onRequest: async (request, reply) => {
      const caller = await identifyConsentCaller(request, reply, origins, authenticate);
      request.consentActor =
        caller.kind === 'browser' ? { origin: caller.origin, actor: 'subject' } : { origin: null, actor: actorOf(caller.principal) };
    },
    handler: async (request, reply) => {
      const { origin, actor } = request.consentActor!;
      const sealed = await consent.record({
        body: request.body,
        origin,
        actor,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
        acceptLanguage: request.headers['accept-language'],
        secGpc: request.headers['sec-gpc'],
      });
      reply.header('cache-control', 'no-store');
      return reply.code(201).send({ receipt: sealed.receipt, recordedAt: sealed.recordedAt });
    },
  });

  app.get('/v1/consents/:subject/current', {
    config: { access: ROLES },
    schema: {
      summary: 'May a purpose or category be used for this subject now?',
      description:
        'For backends: answers from the subject’s latest record (test-mode records are not evidence), its expiry ' +
        '(cookieSettings consentExpiry / refusalExpiry) and notice versions published since that changed a purpose ' +
        'of the category materially (`renewal_required`). Give exactly one of `purpose` and `category`.',
      params: SubjectParams,
      querystring: CurrentQuery,
      response: { 200: CurrentView },
    },
    handler: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return consent.current(request.params.subject, request.query);
    },
  });
}
