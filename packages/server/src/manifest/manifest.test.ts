import { canonicalJson } from '@pledge/manifest';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /v1/admin/manifest', () => {
  it('returns the validated manifest with the SHA-256 of its canonical JSON', async () => {
    const res = await t.app.inject({ url: '/v1/admin/manifest', headers: bearer(t.keys.support_agent) });
    expect(res.statusCode).toBe(200);
    const { sha256, manifest } = res.json();
    expect(manifest).toEqual(JSON.parse(JSON.stringify(t.manifest)));
    const { $schema: _ignored, ...declared } = manifest;
    expect(sha256).toBe(createHash('sha256').update(canonicalJson(declared)).digest('hex'));
  });
});
