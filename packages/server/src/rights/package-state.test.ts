import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_WRONG_CODES } from '../fulfilment/package-downloads.ts';
import { PACKAGE_LINK_MAX_WRONG_CODES } from './package-state.repository.ts';
import { createRightsTestApp, requestId, submit, uniqueEmail, type RightsTestApp } from './testing/rights-test-kit.ts';

let t: RightsTestApp;
beforeAll(async () => {
  t = await createRightsTestApp();
});
afterAll(() => t.close());

const DAY = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** The rows fulfilment writes when it mails a package link (fulfilment/packages.repository.ts), set as each case needs. */
async function packageWithLink(requestId: string, o: { packageDays?: number | null; linkDays?: number; attempts?: number; used?: boolean; createdDaysAgo?: number } = {}) {
  if (o.packageDays !== null) {
    const bytes = randomBytes(16);
    await t.db
      .insertInto('access_packages')
      .values({ request_id: requestId, iv: bytes, auth_tag: bytes, ciphertext: bytes, size_bytes: 16, sha256: 'x'.repeat(64), created_at: at(-1), expires_at: at(o.packageDays ?? 7) })
      .onConflict((oc) => oc.column('request_id').doNothing())
      .execute();
  }
  await t.db
    .insertInto('package_downloads')
    .values({
      id: randomUUID(), request_id: requestId, token_hash: randomBytes(32).toString('hex'), expires_at: at(o.linkDays ?? 7), code_attempts: o.attempts ?? 0,
      used_at: o.used ? at(-0.5) : null, created_at: at(-(o.createdDaysAgo ?? 1)),
    })
    .execute();
}

async function packageView(set: (id: string) => Promise<void>) {
  const r = await submit(t, { type: 'access', email: uniqueEmail() });
  await set(await requestId(t, r.reference));
  return (await t.app.inject({ url: `/v1/requests/${r.reference}?token=${r.statusToken}` })).json().package;
}

describe("the person's view of their access package", () => {
  it('is null until a link was mailed', async () => {
    expect(await packageView(async () => undefined)).toBeNull();
  });

  it('is available with the earlier of the link and package expiry', async () => {
    const view = await packageView((id) => packageWithLink(id, { packageDays: 3, linkDays: 7 }));
    expect(view).toMatchObject({ state: 'available', downloadedAt: null });
    expect(Math.round((Date.parse(view.expiresAt) - Date.now()) / DAY)).toBe(3);
  });

  it('is downloaded once the single-use link was used, with when', async () => {
    const view = await packageView((id) => packageWithLink(id, { used: true }));
    expect(view).toMatchObject({ state: 'downloaded', expiresAt: null, downloadedAt: expect.any(String) });
  });

  it('is expired when the link or the package ran out, or the package was swept away', async () => {
    expect((await packageView((id) => packageWithLink(id, { linkDays: -1 }))).state).toBe('expired');
    expect((await packageView((id) => packageWithLink(id, { packageDays: -1 }))).state).toBe('expired');
    expect((await packageView((id) => packageWithLink(id, { packageDays: null }))).state).toBe('expired');
  });

  it('is locked after too many wrong codes, as the download refuses it then', async () => {
    expect(PACKAGE_LINK_MAX_WRONG_CODES).toBe(MAX_WRONG_CODES);
    expect((await packageView((id) => packageWithLink(id, { attempts: MAX_WRONG_CODES }))).state).toBe('locked');
    expect((await packageView((id) => packageWithLink(id, { attempts: MAX_WRONG_CODES - 1 }))).state).toBe('available');
  });

  it('follows the newest link: a new one after a download is available again', async () => {
    const view = await packageView(async (id) => {
      await packageWithLink(id, { used: true, createdDaysAgo: 2 });
      await packageWithLink(id, { createdDaysAgo: 0 });
    });
    expect(view.state).toBe('available');
  });
});
