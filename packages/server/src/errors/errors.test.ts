import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { bearer, createTestApp, type TestApp } from '../testing/test-app.ts';
import { ERROR_CATALOGUE } from './error-codes.ts';
import { PledgeError } from './pledge-error.ts';

const logLines: string[] = [];
const sink = new Writable({
  write(chunk: Buffer, _enc, done) {
    logLines.push(chunk.toString('utf8'));
    done();
  },
});

let t: TestApp;
let admin: { authorization: string };
beforeAll(async () => {
  t = await createTestApp({ logger: createLogger('info', sink) });
  // A route that fails the way a bug would, with personal data in the error, to check what gets logged.
  t.app.get('/v1/test/boom', { config: { access: 'public' } }, async () => {
    throw Object.assign(new Error('lookup failed for jane.doe@example.com'), { detail: 'Key (email)=(jane.doe@example.com)' });
  });
  admin = bearer(t.keys.admin);
});
afterAll(() => t.close());

describe('PledgeError', () => {
  it('takes its status and default message from the catalogue', () => {
    const error = new PledgeError('api_key_not_found', { details: { id: 'x' } });
    expect(error).toMatchObject({ code: 'api_key_not_found', status: 404, message: ERROR_CATALOGUE.api_key_not_found.message });
    expect(error.details).toEqual({ id: 'x' });
  });
});

describe('error responses', () => {
  it('400 on a bad body, naming each field and the rule it broke', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/v1/admin/keys', headers: admin, payload: { label: '', role: 'boss', colour: 'red' } });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('validation_failed');
    expect(error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'body.label', rule: 'too_small' }),
        expect.objectContaining({ path: 'body.role', rule: 'invalid_value' }),
        expect.objectContaining({ path: 'body.colour', rule: 'unrecognized_keys' }),
      ]),
    );
  });

  it('400 on a missing body and on bad query parameters and path parameters', async () => {
    const missing = await t.app.inject({ method: 'POST', url: '/v1/admin/keys', headers: admin });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details[0].path).toBe('body');

    for (const [query, path] of [['limit=0', 'query.limit'], ['limit=501', 'query.limit'], ['limit=ten', 'query.limit'], ['after=-1', 'query.after']]) {
      const res = await t.app.inject({ url: `/v1/admin/audit?${query}`, headers: admin });
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.details.map((d: { path: string }) => d.path), query).toContain(path);
    }

    const badId = await t.app.inject({ method: 'DELETE', url: '/v1/admin/keys/not-a-uuid', headers: admin });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error.details[0]).toMatchObject({ path: 'params.id', rule: 'invalid_format' });
  });

  it('400 malformed_json on broken and empty JSON bodies', async () => {
    for (const payload of ['{"label": "x",', '', '{"__proto__": {"role": "admin"}}']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/v1/admin/keys',
        headers: { ...admin, 'content-type': 'application/json' },
        payload,
      });
      expect(res.statusCode, payload).toBe(400);
      expect(res.json().error.code, payload).toBe('malformed_json');
    }
  });

  it('413 on a body over the limit and 415 on a body that is not JSON', async () => {
    const big = await t.app.inject({
      method: 'POST',
      url: '/v1/admin/keys',
      headers: admin,
      payload: { label: 'x'.repeat(300 * 1024), role: 'admin' },
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('payload_too_large');

    const xml = await t.app.inject({ method: 'POST', url: '/v1/admin/keys', headers: { ...admin, 'content-type': 'application/xml' }, payload: '<key/>' });
    expect(xml.statusCode).toBe(415);
    expect(xml.json().error.code).toBe('unsupported_media_type');

    // Fastify parses text/plain itself; the schema then refuses a string body.
    const text = await t.app.inject({ method: 'POST', url: '/v1/admin/keys', headers: { ...admin, 'content-type': 'text/plain' }, payload: 'hi' });
    expect(text.statusCode).toBe(400);
    expect(text.json().error.code).toBe('validation_failed');
  });

  it('404 on an unknown route and on a known path with the wrong method', async () => {
    for (const [method, url] of [['GET', '/nope'], ['GET', '/v1/admin/nope'], ['PUT', '/healthz'], ['PATCH', '/v1/admin/keys']] as const) {
      const res = await t.app.inject({ method, url, headers: admin });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.json()).toEqual({ error: { code: 'not_found', message: ERROR_CATALOGUE.not_found.message } });
    }
  });

  it('500 on an unexpected error, logged without the personal data it carried', async () => {
    logLines.length = 0;
    const res = await t.app.inject({ url: '/v1/test/boom?email=jane.doe@example.com', headers: { cookie: 'sid=s3cr3t' } });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: { code: 'internal_error', message: ERROR_CATALOGUE.internal_error.message } });
    const logged = logLines.join('');
    expect(logged).toContain('unexpected error');
    expect(logged).toContain('errors.test.ts'); // the stack, so the bug can be found
    expect(logged).not.toContain('jane.doe');
    expect(logged).not.toContain('s3cr3t');
  });

  it('never logs the Authorization header or request bodies', async () => {
    logLines.length = 0;
    await t.app.inject({ method: 'POST', url: '/v1/admin/keys', headers: admin, payload: { label: 'body-marker-7f3a', role: 'auditor' } });
    const logged = logLines.join('');
    expect(logged).toContain('/v1/admin/keys');
    expect(logged).not.toContain(t.keys.admin);
    expect(logged).not.toContain('body-marker-7f3a');
    expect(logged).not.toMatch(/plg_[0-9a-f]{16}_/);
  });
});
