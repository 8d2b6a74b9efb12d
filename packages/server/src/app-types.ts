import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteEntry } from './auth/access-control.ts';

/** The Fastify instance every routes file registers on: zod schemas type the handlers. */
export type PledgeApp = FastifyInstance<Server, IncomingMessage, ServerResponse, FastifyBaseLogger, ZodTypeProvider>;

declare module 'fastify' {
  interface FastifyInstance {
    /** Every registered route with its declared access, in registration order. */
    readonly routeTable: readonly RouteEntry[];
  }
}
