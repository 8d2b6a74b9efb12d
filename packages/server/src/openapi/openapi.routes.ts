import swagger from '@fastify/swagger';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { PledgeApp } from '../app-types.ts';
import { BEARER_SECURITY_SCHEME } from '../auth/access-control.ts';

/** Must be registered before the routes it documents: @fastify/swagger collects them as they are added. */
export async function registerOpenApi(app: PledgeApp, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Pledge API', version, description: 'Privacy operations from one manifest.' },
      components: {
        securitySchemes: {
          [BEARER_SECURITY_SCHEME]: { type: 'http', scheme: 'bearer', description: 'An API key: `plg_<id>_<secret>`.' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
}

export function registerOpenApiRoutes(app: PledgeApp): void {
  app.get('/openapi.json', {
    config: { access: 'public' },
    schema: { summary: 'This document (OpenAPI 3.1)' },
    handler: async () => app.swagger(),
  });
}
