// GPC, DNT, Google Consent Mode v2, the consent record, renewal, test mode and the JS API, in real Chromium.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verifyConsentChain } from '../../server/src/consent/consent-ledger.ts';
import { subjectKeyOf } from '../../server/src/consent/consent-request-data.ts';
import { dialog, nonEssentialCookies, ran, settled, startHarness, type Harness } from './browser.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => {
  h.site.requests.length = 0;
  h.site.consents.length = 0;
  h.site.receipts.length = 0;
});

const GPC_NOTE = 'Your browser’s privacy signal (Global Privacy Control) was honoured.';
const waitForRecords = (n: number) => expect.poll(() => h.site.consents.length).toBe(n);

describe('Global Privacy Control', () => {
  it('switches advertising off and says so; Accept all still leaves advertising off', async () => {
    const { page } = await h.open('/?variant=full', { gpc: true });
    await settled(page);
    await expect.poll(() => dialog(page).innerText()).toContain(GPC_NOTE);
    await page.getByRole('button', { name: 'Settings' }).click();
    expect(await page.getByRole('switch', { name: 'Advertising' }).isDisabled()).toBe(true);
    expect(await page.getByRole('switch', { name: 'Analytics' }).isDisabled()).toBe(false);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await page.waitForFunction(() => ((window as unknown as { __ran?: string[] }).__ran ?? []).includes('analytics'));
    await page.waitForTimeout(200);
    expect(await ran(page)).toEqual(['analytics']);
    await waitForRecords(1);
    expect(h.site.consents[0]).toMatchObject({
      method: 'accept_all',
      gpc: true,
      choices: { analytics: true, advertising: false },
      vendors: { meta: false, youtube: false },
      consentMode: { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'granted' },
    });
  });

  it('with the stance "reject non-essential" decides without asking, records it as gpc and shows the note', async () => {
    const { page } = await h.open('/?variant=minimal', { gpc: true });
    await page.getByRole('status').waitFor();
    expect(await page.getByRole('status').innerText()).toContain(GPC_NOTE);
    expect(await dialog(page).count()).toBe(0);
    await waitForRecords(1);
    expect(h.site.consents[0]).toMatchObject({ method: 'gpc', gpc: true, choices: { strictly_necessary: true, analytics: false } });
    expect(await ran(page)).toEqual([]);
    expect(await page.getByRole('button', { name: 'Privacy settings' }).count()).toBe(1);
  });

  it('is honoured when only the server saw Sec-GPC: 1', async () => {
    const { page } = await h.open('/?variant=minimal', { secGpcHeader: true });
    await page.getByRole('status').waitFor();
    expect(await page.evaluate(() => 'globalPrivacyControl' in navigator && (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl)).toBeFalsy();
    await waitForRecords(1);
    expect(h.site.consents[0]).toMatchObject({ method: 'gpc', gpc: true });
  });

  it('switches off a category granted before the signal appeared, as a new gpc record', async () => {
    const { page } = await h.open('/?variant=full');
    await settled(page);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await waitForRecords(1);
    const cookies = await page.context().cookies();
    const later = await h.browser.newContext({ extraHTTPHeaders: { 'Sec-GPC': '1' } });
    await later.addCookies(cookies);
    const next = await later.newPage();
    await next.goto(h.site.origin + '/?variant=full');
    await settled(next);
    await waitForRecords(2);
    expect(h.site.consents[1]).toMatchObject({ method: 'gpc', choices: { analytics: true, advertising: false }, subjectId: h.site.consents[0]!.subjectId });
    expect(await ran(next)).toEqual(['analytics']);
    await later.close();
  });
});

describe('Do Not Track', () => {
  it('is reported but changes nothing when the stance is not_honoured', async () => {
    const { page } = await h.open('/?variant=full', { dnt: true });
    await settled(page);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await waitForRecords(1);
    expect(h.site.consents[0]).toMatchObject({ dnt: true, choices: { analytics: true, advertising: true } });
  });
});

type Entry = { 0?: string; 1?: string; 2?: Record<string, unknown>; event?: string };
const dataLayer = (page: Page): Promise<Entry[]> => page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { dataLayer: unknown[] }).dataLayer)));
const summary = (entries: Entry[]): string[] =>
  entries.map((e) => (e.event ? e.event : `${e[1]}:${e[2]?.analytics_storage}/${e[2]?.ad_storage}`));

describe('Google Consent Mode v2', () => {
  it('pushes default (all seven parameters, wait_for_update) before any tag and update after each choice, in order', async () => {
    const { page } = await h.open('/?variant=full');
    await settled(page);
    const [first] = await dataLayer(page);
    expect(first).toEqual({
      0: 'consent',
      1: 'default',
      2: {
        ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied',
        functionality_storage: 'denied', personalization_storage: 'denied', security_storage: 'granted', wait_for_update: 500,
      },
    });
    // gtag.js reads commands as `arguments` objects, not arrays.
    expect(await page.evaluate(() => Object.prototype.toString.call((window as unknown as { dataLayer: unknown[] }).dataLayer[0]))).toBe('[object Arguments]');

    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('switch', { name: 'Analytics' }).check();
    await page.getByRole('button', { name: 'Save choices' }).click();
    await page.waitForFunction(() => (window as unknown as { dataLayer: { event?: string }[] }).dataLayer.some((e) => e.event === 'analytics_loaded'));
    await page.getByRole('button', { name: 'Privacy settings' }).click();
    await page.getByRole('button', { name: 'Accept all' }).click();
    await page.waitForFunction(() => (window as unknown as { dataLayer: { event?: string }[] }).dataLayer.filter((e) => e.event === 'ads_loaded').length === 2);
    const entries = await dataLayer(page);
    expect(summary(entries).slice(0, 4)).toEqual(['default:denied/denied', 'update:granted/denied', 'analytics_loaded', 'update:granted/granted']);
    expect(entries[1]![2]).toEqual({
      ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'granted',
      functionality_storage: 'denied', personalization_storage: 'denied', security_storage: 'granted',
    });
    expect(summary(entries).slice(4).sort()).toEqual(['ads_loaded', 'ads_loaded']);

    await page.reload();
    await settled(page);
    expect(summary(await dataLayer(page)).slice(0, 3)).toEqual(['default:denied/denied', 'update:granted/granted', 'analytics_loaded']);
  });
});

describe('the consent record', () => {
  it('POSTs every choice in the shape the ledger accepts and keeps the receipt in the consent cookie', async () => {
    const { page } = await h.open('/?variant=full');
    await settled(page);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await waitForRecords(1);
    const body = h.site.consents[0]!;
    expect(Object.keys(body).sort()).toEqual(['choices', 'consentMode', 'dnt', 'gpc', 'language', 'method', 'noticeVersion', 'site', 'subjectId', 'textVersion', 'vendors']);
    expect(body).toMatchObject({
      site: 'acme-shop',
      method: 'reject_all',
      choices: { strictly_necessary: true, analytics: false, advertising: false },
      vendors: { meta: false, youtube: false },
      noticeVersion: '2026-01-01',
      language: 'en',
      gpc: false,
      dnt: false,
    });
    expect(body.subjectId).toMatch(/^[0-9a-f]{32}$/);
    expect(body.textVersion).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(body.consentMode as object)).toHaveLength(7);
    // The receipt is the real ledger's, given only once the record was committed.
    const receipt = h.site.receipts[0]!;
    expect(receipt).toMatch(/^[0-9a-f-]{36}$/);
    await expect.poll(() => page.evaluate(() => window.Pledge!.consent().receipt)).toBe(receipt);
    expect(decodeURIComponent((await page.context().cookies()).find((c) => c.name === 'pledge_consent')!.value)).toContain(`r=${receipt}`);

    // Withdrawal and changes are new records for the same pseudonymous subject.
    await page.getByRole('button', { name: 'Privacy settings' }).click();
    await page.getByRole('button', { name: 'Accept all' }).click();
    await waitForRecords(2);
    expect(h.site.consents[1]).toMatchObject({ method: 'accept_all', subjectId: body.subjectId });

    // Both are in the ledger, linked into its hash chain, keyed by the SHA-256 of the subject id.
    const stored = await h.site.ledger.db.selectFrom('consent_records').selectAll().where('receipt', 'in', h.site.receipts).orderBy('seq').execute();
    expect(stored.map((r) => [r.method, r.origin, r.subject_key])).toEqual([
      ['reject_all', h.site.origin, subjectKeyOf(body.subjectId as string)],
      ['accept_all', h.site.origin, subjectKeyOf(body.subjectId as string)],
    ]);
    expect(await verifyConsentChain(h.site.ledger.db)).toMatchObject({ ok: true });
  });

  it('works end to end with the config from the Pledge server too, recording GPC from the header', async () => {
    const { page } = await h.open('/?variant=full&server=1', { secGpcHeader: true });
    await dialog(page).waitFor();
    await page.getByRole('button', { name: 'Accept all' }).click();
    await waitForRecords(1);
    // noticeVersion "0": nothing published yet; the server's config said GPC was detected and switched advertising off.
    expect(h.site.consents[0]).toMatchObject({ noticeVersion: '0', method: 'accept_all', choices: { analytics: true, advertising: false } });
    const [row] = await h.site.ledger.db.selectFrom('consent_records').selectAll().where('receipt', '=', h.site.receipts[0]!).execute();
    expect(row).toMatchObject({ gpc_header: true, method: 'accept_all', text_version: h.site.consents[0]!.textVersion });
  });

  it('asks again when the notice changed materially since the choice (renewBefore), same subject', async () => {
    const { page } = await h.open('/?variant=full');
    await settled(page);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await waitForRecords(1);
    await page.goto(h.site.origin + '/?variant=full&renew=1');
    await dialog(page).waitFor();
    await settled(page);
    expect(await ran(page)).toEqual([]);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await waitForRecords(2);
    expect(h.site.consents[1]!.subjectId).toBe(h.site.consents[0]!.subjectId);
  });

  it('in test mode marks records as test and shows it', async () => {
    const { page } = await h.open('/?variant=full&test=1');
    await dialog(page).waitFor();
    expect(await dialog(page).innerText()).toContain('TEST MODE');
    await page.getByRole('button', { name: 'Reject all' }).click();
    await waitForRecords(1);
    expect(h.site.consents[0]).toMatchObject({ test: true });
  });
});

describe('the JS API', () => {
  it('offers consent(), on("change"), open() and [data-pledge-open], installed once', async () => {
    const { page, errors } = await h.open('/?variant=full&twice=1');
    await settled(page);
    expect(await page.locator('#pledge').count()).toBe(1);
    expect(await page.evaluate(() => window.Pledge!.consent())).toEqual({
      decided: false, categories: { strictly_necessary: true, analytics: false, advertising: false }, vendors: {}, gpc: false,
    });
    await page.evaluate(() => {
      (window as unknown as { changes: unknown[] }).changes = [];
      window.Pledge!.on('change', (s) => (window as unknown as { changes: unknown[] }).changes.push(s.categories));
    });
    await page.getByRole('button', { name: 'Accept all' }).click();
    expect(await page.evaluate(() => (window as unknown as { changes: unknown[] }).changes)).toEqual([{ strictly_necessary: true, analytics: true, advertising: true }]);
    const state = await page.evaluate(() => window.Pledge!.consent());
    expect(state).toMatchObject({ decided: true, method: 'accept_all', vendors: { meta: true, youtube: true } });
    expect(state.subjectId).toMatch(/^[0-9a-f]{32}$/);

    await page.evaluate(() => window.Pledge!.open());
    await expect.poll(() => dialog(page).getAttribute('aria-labelledby')).toBe('st');
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Cookie settings' }).click();
    await expect.poll(() => dialog(page).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('never throws into the page: with no config everything optional stays blocked', async () => {
    const { page, errors } = await h.open('/?variant=full&config=missing');
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    expect(errors).toEqual([]);
    expect(await ran(page)).toEqual([]);
    expect(await nonEssentialCookies(page)).toEqual([]);
    expect(await page.evaluate(() => window.Pledge!.consent().decided)).toBe(false);
  });
});
