import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import type { PledgeApp } from '../app-types.ts';
import { installAccessControl, type RouteEntry } from '../auth/access-control.ts';
import { registerWebRoutes } from './web.routes.ts';

describe('the web app, not built', () => {
  it('answers a friendly 503 page that says what to run, not a bare error', async () => {
    const app = Fastify() as unknown as PledgeApp;
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    const routeTable: RouteEntry[] = [];
    app.decorate('routeTable', routeTable);
    installAccessControl(app, { authenticate: async () => null, publicRateLimit: 100, routeTable });
    registerWebRoutes(app, { distDir: '/nonexistent/pledge-web-dist' });
    const res = await app.inject({ url: '/privacy' });
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['retry-after']).toBe('300');
    expect(res.body).toContain('npm run build');
    expect(res.body).toContain('href="/notice"');
    await app.close();
  });
});
