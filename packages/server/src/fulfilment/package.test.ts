import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import type { PledgeApp } from '../app-types.ts';
import { loadConfig } from '../config.ts';
import { createTestDatabase, type TestDatabase } from '../db/test-database.ts';
import { generateToken, sha256Hex } from '../rights/request-secrets.ts';
import { bearer, loadMinimalManifest } from '../testing/test-app.ts';
import { createApiKeysService } from '../auth/api-keys.service.ts';
import { datasetCsv } from './access-package.ts';
import { createAuditService } from '../audit/audit.service.ts';
import { createPackageDownloads } from './package-downloads.ts';
import { insertDownload, insertPackage } from './packages.repository.ts';
import { open, seal } from '../crypto/sealed-box.ts';
import { insertApprovedRequest, recordingMail } from './testing/fulfilment-fixture.ts';

const KEY = Buffer.alloc(32, 7);
let t: TestDatabase;
let app: PledgeApp;
const mail = recordingMail();

beforeAll(async () => {
  t = await createTestDatabase();
  const config = loadConfig({ LOG_LEVEL: 'silent', PLEDGE_DATA_DIR: 'memory://', PLEDGE_PACKAGE_KEY: KEY.toString('base64') });
  app = await buildApp({ config, db: t.db, manifest: await loadMinimalManifest(), fulfilmentMail: mail });
});
afterAll(async () => {
  await app.close();
  await t.destroy();
});

/** A completed access request with a stored package and a mailed link; returns what the person received. */
async function packaged(expiresInMs = 86_400_000) {
  const request = await insertApprovedRequest(t.db, { type: 'access', email: `p${Math.random()}@example.com`, state: 'completed' });
  const zip = Buffer.from('PK fake zip for the test');
  const token = generateToken();
  const expiresAt = new Date(Date.now() + expiresInMs);
  await insertPackage(t.db, { requestId: request.id, ...seal(KEY, zip, request.id), sizeBytes: zip.length, sha256: sha256Hex('x'), expiresAt });
  await insertDownload(t.db, { requestId: request.id, tokenHash: sha256Hex(token), expiresAt });
  return { request, token, zip, url: `/v1/requests/${request.reference}/package?token=${token}` };
}

const lastCode = () => mail.sent.filter((m) => m.kind === 'downloadCode').at(-1)!.text;

describe('package encryption', () => {
  it('opens only with the same key and request, and refuses any changed byte', () => {
    const sealed = seal(KEY, Buffer.from('{"rows":[]}'), 'request-1');
    expect(open(KEY, sealed, 'request-1').toString()).toBe('{"rows":[]}');
    expect(sealed.ciphertext.toString()).not.toContain('rows');
    const tampered = { ...sealed, ciphertext: Buffer.from(sealed.ciphertext) };
    tampered.ciphertext[0]! ^= 1;
    expect(() => open(KEY, tampered, 'request-1')).toThrow();
    expect(() => open(KEY, { ...sealed, tag: Buffer.alloc(16) }, 'request-1')).toThrow();
    expect(() => open(KEY, sealed, 'request-2')).toThrow();
    expect(() => open(Buffer.alloc(32, 8), sealed, 'request-1')).toThrow();
  });

  it('writes RFC 4180 CSV', () => {
    expect(datasetCsv([{ id: 1, note: 'a, "b"' }, { id: 2, extra: null }])).toBe('id,note,extra\r\n1,"a, ""b""",\r\n2,,\r\n');
  });
});

describe('GET /v1/requests/:reference/package', () => {
  it('mails a fresh code, then hands out the zip once', async () => {
    const p = await packaged();
    const first = await app.inject({ method: 'GET', url: p.url });
    expect(first.statusCode).toBe(202);
    expect(mail.sent.at(-1)).toMatchObject({ kind: 'downloadCode', reference: p.request.reference, to: p.request.deliveryEmail });
    const wrong = await app.inject({ method: 'GET', url: `${p.url}&code=${lastCode() === '000000' ? '111111' : '000000'}` });
    expect(wrong.statusCode).toBe(400);
    const ok = await app.inject({ method: 'GET', url: `${p.url}&code=${lastCode()}` });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-type']).toBe('application/zip');
    expect(ok.headers['cache-control']).toBe('no-store');
    expect(ok.rawPayload.equals(p.zip)).toBe(true);
    const again = await app.inject({ method: 'GET', url: `${p.url}&code=${lastCode()}` });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('verification_failed');
  });

  it('answers unknown references and tokens exactly like known ones', async () => {
    const p = await packaged();
    const sent = mail.sent.length;
    const known = await app.inject({ method: 'GET', url: p.url });
    const unknownRef = await app.inject({ method: 'GET', url: `/v1/requests/R-00000-00000/package?token=${p.token}` });
    const unknownToken = await app.inject({ method: 'GET', url: `/v1/requests/${p.request.reference}/package?token=${generateToken()}` });
    expect([known.statusCode, unknownRef.statusCode, unknownToken.statusCode]).toEqual([202, 202, 202]);
    expect(unknownRef.body).toBe(known.body);
    expect(unknownToken.body).toBe(known.body);
    expect(mail.sent.length).toBe(sent + 1);
    const withCode = await app.inject({ method: 'GET', url: `/v1/requests/R-00000-00000/package?token=${p.token}&code=${lastCode()}` });
    expect(withCode.statusCode).toBe(400);
    expect(withCode.json().error.code).toBe('verification_failed');
  });

  it('refuses an expired link, and spends a link after five wrong codes', async () => {
    const expired = await packaged(-1000);
    await app.inject({ method: 'GET', url: expired.url });
    expect(mail.sent.at(-1)!.reference).not.toBe(expired.request.reference); // no code for a dead link
    const p = await packaged();
    await app.inject({ method: 'GET', url: p.url });
    const code = lastCode();
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) expect((await app.inject({ method: 'GET', url: `${p.url}&code=${wrong}` })).statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: `${p.url}&code=${code}` })).statusCode).toBe(400);
  });

  it('refuses a code after its 10 minutes (attack 8)', async () => {
    const p = await packaged();
    let clock = Date.now();
    const downloads = createPackageDownloads({ db: t.db, audit: createAuditService(t.db), mail, packageKey: KEY, now: () => new Date(clock) });
    await downloads.sendCode(p.request.reference, p.token);
    clock += 10 * 60_000 + 1;
    await expect(downloads.download(p.request.reference, p.token, lastCode())).rejects.toMatchObject({ code: 'verification_failed' });
    await downloads.sendCode(p.request.reference, p.token); // a fresh code works
    expect((await downloads.download(p.request.reference, p.token, lastCode())).equals(p.zip)).toBe(true);
  });
});

describe('POST /v1/admin/requests/:reference/package/link', () => {
  const staff = async (role: 'support_agent' | 'auditor') => bearer((await createApiKeysService(t.db, createAuditService(t.db)).create({ label: `links ${role}`, role }, 'system')).plaintext);
  const tokenOf = (link: string) => new URLSearchParams(new URL(link).hash.slice(1)).get('token')!;

  it('mails a new single-use link to the verified address after the first was spent; the old one stays dead', async () => {
    const p = await packaged();
    await app.inject({ method: 'GET', url: p.url });
    expect((await app.inject({ method: 'GET', url: `${p.url}&code=${lastCode()}` })).statusCode).toBe(200);
    const res = await app.inject({ method: 'POST', url: `/v1/admin/requests/${p.request.reference}/package/link`, headers: await staff('support_agent') });
    expect(res.statusCode, res.body).toBe(200);
    const sent = mail.sent.at(-1)!;
    expect(sent).toMatchObject({ kind: 'packageReady', reference: p.request.reference, to: p.request.deliveryEmail });
    const url = `/v1/requests/${p.request.reference}/package?token=${tokenOf(sent.text)}`;
    expect((await app.inject({ method: 'GET', url })).statusCode).toBe(202);
    const zip = await app.inject({ method: 'GET', url: `${url}&code=${lastCode()}` });
    expect(zip.rawPayload.equals(p.zip)).toBe(true);
    expect((await app.inject({ method: 'GET', url: `${p.url}&code=${lastCode()}` })).statusCode).toBe(400);
    const audit = await t.db.selectFrom('audit_log').select('action').where('target', '=', p.request.reference).execute();
    expect(audit.map((a) => a.action)).toContain('fulfilment.package_link_resent');
  });

  it('replaces an unused link, refuses an expired package (409) and the auditor (403)', async () => {
    const p = await packaged();
    await app.inject({ method: 'POST', url: `/v1/admin/requests/${p.request.reference}/package/link`, headers: await staff('support_agent') });
    await app.inject({ method: 'GET', url: p.url });
    expect(mail.sent.at(-1)!.kind).not.toBe('downloadCode'); // the replaced link gets no code
    const expired = await packaged(-1000);
    const gone = await app.inject({ method: 'POST', url: `/v1/admin/requests/${expired.request.reference}/package/link`, headers: await staff('support_agent') });
    expect(gone.statusCode).toBe(409);
    expect(gone.json().error.code).toBe('package_not_available');
    const auditor = await app.inject({ method: 'POST', url: `/v1/admin/requests/${p.request.reference}/package/link`, headers: await staff('auditor') });
    expect(auditor.statusCode).toBe(403);
  });
});
