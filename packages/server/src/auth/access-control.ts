import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { PledgeError } from '../errors/pledge-error.ts';
import { isRole, READ_ONLY_ROLES, type Access, type Principal, type Role } from './roles.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Required on every route: 'public' or the roles allowed. See installAccessControl. */
    access?: Access;
    /**
     * The route changes only the caller's own console account (its password, its second factor). Such a route may
     * allow the read-only auditor although it writes: keeping one's own login safe changes no organisation data.
     */
    ownAccountOnly?: true;
  }
  interface FastifyRequest {
    /** Set by the access check on non-public routes; null on public ones. */
    principal: Principal | null;
  }
}

export interface RouteEntry {
  method: string;
  url: string;
  access: Access;
}

export interface AccessControlOptions {
  authenticate: (presented: string) => Promise<Principal | null>;
  /** Without a bearer token: the admin console's session cookie (accounts/), which also checks CSRF on unsafe methods. */
  authenticateSession?: (request: FastifyRequest) => Promise<Principal | null>;
  /** Requests per minute per IP on public routes. */
  publicRateLimit: number;
  /** Filled with every route as it is registered, for the role matrix test and the route table. */
  routeTable: RouteEntry[];
}

export const BEARER_SECURITY_SCHEME = 'apiKey';
const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * Deny by default: a route that declares no access fails startup, so nothing is open by accident.
 * Must be installed before any route and before @fastify/rate-limit, whose onRoute hook reads
 * the rateLimit config this one sets on public routes.
 */
export function installAccessControl(app: FastifyInstance, options: AccessControlOptions): void {
  app.decorateRequest('principal', null);

  app.addHook('onRoute', (route) => {
    const access = checkDeclaredAccess(route);
    if (access === 'public') {
      route.config = { ...route.config, rateLimit: { max: options.publicRateLimit, timeWindow: 60_000 } };
    } else {
      const roles = `Roles: ${access.join(', ')}.`;
      route.schema = {
        ...route.schema,
        security: [{ [BEARER_SECURITY_SCHEME]: [] }],
        description: route.schema?.description ? `${route.schema.description}\n\n${roles}` : roles,
      };
    }
    for (const method of [route.method].flat()) options.routeTable.push({ method, url: route.url, access });
  });

  // onRequest: before the body is read or validated, so anonymous callers learn nothing about the schema.
  app.addHook('onRequest', async (request, reply) => {
    const access = request.routeOptions.config.access;
    if (access === undefined || access === 'public') return; // undefined only for the not-found handler
    const presented = bearerToken(request.headers.authorization);
    const principal =
      presented !== null ? await options.authenticate(presented) : ((await options.authenticateSession?.(request)) ?? null);
    if (!principal) {
      // RFC 6750 §3: a 401 for a bearer-protected resource carries a WWW-Authenticate challenge.
      reply.header('www-authenticate', 'Bearer realm="pledge"');
      throw new PledgeError('unauthenticated');
    }
    if (!access.includes(principal.role)) throw new PledgeError('forbidden', { details: { allowedRoles: access } });
    request.principal = principal;
  });
}

/** The caller of a non-public route. Only the access check sets it, so a missing one is a wiring bug, not bad input. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new Error(`no principal on ${request.method} ${request.routeOptions.url}: is the route public?`);
  return request.principal;
}

function checkDeclaredAccess(route: RouteOptions): Access {
  const access: unknown = route.config?.access;
  const where = `${[route.method].flat().join(',')} ${route.url}`;
  if (access === 'public') return access;
  if (!Array.isArray(access) || access.length === 0 || !access.every((r) => typeof r === 'string' && isRole(r))) {
    throw new Error(`route ${where} must declare config.access: 'public' or a non-empty list of roles`);
  }
  const writes = [route.method].flat().some((m) => !SAFE_METHODS.has(m));
  if (writes && route.config?.ownAccountOnly !== true && access.some((r: string) => (READ_ONLY_ROLES as readonly string[]).includes(r))) {
    throw new Error(`route ${where} changes state and so cannot allow a read-only role`);
  }
  return access as Role[];
}

/** RFC 7235 §2.1: the auth scheme is case-insensitive. */
function bearerToken(header: string | undefined): string | null {
  const match = header ? /^Bearer +(\S+)\s*$/i.exec(header) : null;
  return match?.[1] ?? null;
}
