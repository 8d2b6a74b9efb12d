import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface Operation {
  security?: unknown[];
  parameters?: Array<{ name: string; in: string }>;
  requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> };
  responses: Record<string, unknown>;
}

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3.1 document, public, listing every route with its schemas and security', async () => {
    const res = await t.app.inject({ url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as { openapi: string; info: { title: string; version: string }; paths: Record<string, Record<string, Operation>>; components: { securitySchemes: Record<string, unknown> } };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: 'Pledge API', version: expect.any(String) });
    expect(doc.components.securitySchemes.apiKey).toMatchObject({ type: 'http', scheme: 'bearer' });

    for (const route of t.app.routeTable) {
      const path = route.url.replace(/:([a-zA-Z]+)/g, '{$1}');
      const op = doc.paths[path]?.[route.method.toLowerCase()];
      expect(op, `${route.method} ${route.url}`).toBeDefined();
      if (route.access === 'public') expect(op!.security, route.url).toBeUndefined();
      else expect(op!.security, route.url).toEqual([{ apiKey: [] }]);
      expect(Object.keys(op!.responses), route.url).toEqual(expect.arrayContaining(['4XX', '5XX']));
    }
    const operations = Object.values(doc.paths).flatMap((methods) => Object.keys(methods));
    expect(operations).toHaveLength(t.app.routeTable.length);

    const createKey = doc.paths['/v1/admin/keys']!.post!;
    expect(Object.keys(createKey.requestBody!.content['application/json']!.schema.properties!)).toEqual(['label', 'role']);
    expect(doc.paths['/v1/admin/audit']!.get!.parameters!.map((p) => `${p.in}:${p.name}`)).toEqual(['query:after', 'query:limit']);
    expect(doc.paths['/v1/admin/keys/{id}']!.delete!.parameters!.map((p) => `${p.in}:${p.name}`)).toEqual(['path:id']);
  });
});
