import type { Manifest } from '@pledge/manifest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditService } from '../audit/audit.service.ts';
import { changedManifest } from '../notice/notice-test-fixtures.ts';
import { createNoticeService } from '../notice/notice.service.ts';
import { bearer, createTestApp, loadMinimalManifest, type TestApp } from '../testing/test-app.ts';
import { consentBody, manifestWithVendor, newSubjectId, SHOP_ORIGIN } from './consent-test-support.ts';
import type { ConsentBody } from './consent.schemas.ts';

let t: TestApp;
let manifest: Manifest;
beforeAll(async () => {
  manifest = manifestWithVendor(await loadMinimalManifest());
  t = await createTestApp({ manifest, env: { PUBLIC_RATE_LIMIT: '100000' } });
});
afterAll(() => t.close());

const ALL = { strictly_necessary: true, analytics: true, advertising: true };

async function record(overrides: Partial<ConsentBody>): Promise<void> {
  const res = await t.app.inject({ method: 'POST', url: '/v1/consents', headers: { origin: SHOP_ORIGIN }, payload: consentBody(overrides) });
  expect(res.statusCode, res.body).toBe(201);
}

async function ask(subject: string, query: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await t.app.inject({ url: `/v1/consents/${subject}/current?${query}`, headers: bearer(t.keys.support_agent) });
  return { status: res.statusCode, body: res.json() };
}

describe('GET /v1/consents/:subject/current', () => {
  it('answers from the latest record: no record, granted, refused per category, purpose and vendor, withdrawn', async () => {
    const a = newSubjectId();
    expect((await ask(a, 'category=analytics')).body).toEqual({ allowed: false, reason: 'no_record' });

    await record({ subjectId: a, method: 'accept_all', choices: ALL, vendors: { youtube: true } });
    const granted = await ask(a, 'category=analytics');
    expect(granted).toMatchObject({ status: 200, body: { allowed: true, reason: 'granted', noticeVersion: '0', receipt: expect.any(String) } });
    // Everything granted: the consent expiry applies (P12M by default, in whole days).
    const { recordedAt, expiresAt } = granted.body as { recordedAt: string; expiresAt: string };
    expect((Date.parse(expiresAt) - Date.parse(recordedAt)) / 86_400_000).toBe(365);
    expect((await ask(a, 'purpose=analytics&vendor=youtube')).body).toMatchObject({ allowed: true });

    const b = newSubjectId();
    await record({ subjectId: b, method: 'custom', choices: { ...ALL, advertising: false }, vendors: { youtube: false } });
    expect((await ask(b, 'category=analytics')).body).toMatchObject({ allowed: true, reason: 'granted' });
    // The purpose is served by analytics and advertising cookies: both must be granted.
    expect((await ask(b, 'purpose=analytics')).body).toMatchObject({ allowed: false, reason: 'refused' });
    expect((await ask(b, 'category=analytics&vendor=youtube')).body).toMatchObject({ allowed: false, reason: 'refused' });

    // Withdrawal is a new record; the latest one counts.
    await record({ subjectId: a, method: 'reject_all', choices: { strictly_necessary: true, analytics: false, advertising: false }, vendors: { youtube: false } });
    expect((await ask(a, 'category=analytics')).body).toMatchObject({ allowed: false, reason: 'refused' });
  });

  it('does not take test-mode records as evidence', async () => {
    const c = newSubjectId();
    await record({ subjectId: c, choices: ALL, test: true });
    expect((await ask(c, 'category=analytics')).body).toEqual({ allowed: false, reason: 'no_record' });
  });

  it('asks for renewal after a material notice version changed a purpose of the category, until consent is given again', async () => {
    const notice = createNoticeService(t.db, createAuditService(t.db));
    const d = newSubjectId();
    await record({ subjectId: d, choices: ALL, vendors: { youtube: true }, noticeVersion: '0' });
    await notice.publishNotice(manifest, { actor: 'system' }); // version 1: the first, never material
    expect((await ask(d, 'category=analytics')).body).toMatchObject({ allowed: true });

    await record({ subjectId: d, choices: ALL, vendors: { youtube: true }, noticeVersion: '1' });
    const v2 = await notice.publishNotice(changedManifest(manifest), { actor: 'system' });
    expect(v2).toMatchObject({ number: 2, material: true, affectedPurposes: expect.arrayContaining(['analytics']) });
    expect((await ask(d, 'category=analytics')).body).toMatchObject({ allowed: false, reason: 'renewal_required', renewalVersion: 2, noticeVersion: '1' });
    expect((await ask(d, 'purpose=analytics')).body).toMatchObject({ allowed: false, reason: 'renewal_required' });

    // Asked again and granted under version 2: current again.
    await record({ subjectId: d, choices: ALL, vendors: { youtube: true }, noticeVersion: '2' });
    expect((await ask(d, 'category=analytics')).body).toMatchObject({ allowed: true, reason: 'granted', noticeVersion: '2' });
  });

  it('400 naming the query field for an unknown or unsuitable purpose, category or vendor, and a bad subject', async () => {
    const s = newSubjectId();
    for (const [query, path] of [
      ['purpose=orders', 'query.purpose'], // contract-based, no cookie asks for it
      ['purpose=nope', 'query.purpose'],
      ['category=strictly_necessary', 'query.category'],
      ['category=social_media', 'query.category'],
      ['category=analytics&vendor=meta', 'query.vendor'],
      ['', 'query.purpose'],
      ['purpose=analytics&category=analytics', 'query.purpose'],
      ['category=analytics&extra=1', 'query.extra'],
    ]) {
      const res = await ask(s, query!);
      expect(res.status, query).toBe(400);
      expect((res.body.error as { details: Array<{ path: string }> }).details.map((d) => d.path), query).toContain(path);
    }
    expect((await ask('not-a-subject', 'category=analytics')).status).toBe(400);
  });
});
