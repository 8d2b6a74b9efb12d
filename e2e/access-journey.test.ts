// An access request from the privacy center to the downloaded package, against the demo shop on real PostgreSQL and
// MariaDB. Ground truth is plain SQL written here, not Pledge's connectors.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PLANTED } from '../packages/connectors/demo-shop/demo-shop-seed.ts';
import { unzip } from '../packages/server/src/fulfilment/testing/unzip.ts';
import { axeViolations, describeViolations, newContext, screenshot, tabUntil } from './support/browser.ts';
import { parseCsv } from './support/csv.ts';
import { startDemoShopServer } from './support/demo-shop-server.ts';
import { adminQueue, approve, confirmThroughMail, gdprDueDate, openStatusWhen, queueRow, submitRequest } from './support/journey-steps.ts';
import { useServerAndBrowser } from './support/server-and-browser.ts';

const stage = useServerAndBrowser(startDemoShopServer);

type Row = Record<string, unknown>;
type PackageData = { format: string; datasets: Array<{ system: string; dataset: string; rows: Row[] }> };
const byId = (rows: Row[]) => [...rows].sort((a, b) => Number(a.id) - Number(b.id));

/** What the shop holds about one customer, found by plain SQL: exact e-mail, then the keys that hang off it. */
async function groundTruth(email: string): Promise<Record<string, Row[]>> {
  const [customer] = await stage.server.shop.query('SELECT id FROM customers WHERE email = ?', [email]);
  const id = customer!.id;
  const orders = 'SELECT id FROM orders WHERE customer_id = ?';
  return {
    'shop.customers': await stage.server.shop.query('SELECT * FROM customers WHERE email = ?', [email]),
    'shop.addresses': await stage.server.shop.query('SELECT * FROM addresses WHERE customer_id = ?', [id]),
    'shop.orders': await stage.server.shop.query('SELECT * FROM orders WHERE customer_id = ?', [id]),
    'shop.order-items': await stage.server.shop.query(`SELECT * FROM order_items WHERE order_id IN (${orders})`, [id]),
    'shop.invoices': await stage.server.shop.query(`SELECT * FROM invoices WHERE order_id IN (${orders})`, [id]),
    'shop.newsletter': await stage.server.shop.query('SELECT * FROM newsletter_subscriptions WHERE email = ?', [email]),
    // BINARY: MariaDB's default collation would also match ANNA.JANSEN@… and trailing spaces.
    'crm.support-tickets': await stage.server.crm.query('SELECT * FROM support_tickets WHERE BINARY email = ? OR customer_id = ?', [email, id]),
    'crm.web-events': await stage.server.crm.query('SELECT * FROM web_events WHERE customer_id = ?', [id]),
  };
}

async function openLink(lang: 'en' | 'nl', link: string): Promise<Page> {
  const page = await (await newContext(stage.browser, stage.server.origin, { locale: lang === 'nl' ? 'nl-NL' : 'en-GB' })).newPage();
  await page.goto(link);
  await page.locator('h1').waitFor();
  return page;
}

describe('an access request on the demo shop, end to end', () => {
  it('is made in the privacy center, approved in the console, fulfilled from both databases and downloaded with a mailed code', async () => {
    const email = PLANTED.anna;
    const receivedAt = new Date();
    const person = await (await newContext(stage.browser, stage.server.origin)).newPage();
    const request = await submitRequest(person, stage.server.origin, 'Get a copy of my data', email);
    await confirmThroughMail(person, stage.server, email);

    // The admin sees it in the queue, verified, with its deadline: one calendar month (GDPR Art. 12(3)).
    const admin = await adminQueue(stage.browser, stage.server);
    const [, type, state, , due] = await queueRow(admin, request.reference);
    expect(type).toContain('Get a copy of my data');
    expect(state).toBe('Verified');
    expect(due).toContain(gdprDueDate(receivedAt));
    await approve(admin, request.reference);

    // The worker collects from PostgreSQL and MariaDB, builds the package and mails a link to the privacy center.
    const ready = await stage.server.smtp.waitFor(email, (m) => (m.subject ?? '').startsWith('Your data is ready'), { timeoutMs: 30_000 });
    const link = /(http\S+\/privacy\/download#\S+)/.exec(ready.text ?? '')![1]!;
    expect(link).not.toContain('?'); // the token travels in the fragment only

    // While the link works, the status page has a field for it: a pasted link opens the download page; something
    // else is refused in words.
    const pasting = await openLink('en', request.statusUrl);
    const pasted = pasting.getByLabel('Download link from the e-mail');
    await pasted.fill('the code was 123456');
    await pasting.getByRole('button', { name: 'Continue to the download' }).click();
    await pasting.getByText('Paste the whole download link from our e-mail “Your data is ready”.').waitFor();
    expect(await pasted.getAttribute('aria-invalid')).toBe('true');
    await pasted.fill(link);
    await pasting.getByRole('button', { name: 'Continue to the download' }).click();
    await pasting.getByRole('heading', { level: 1, name: 'Download your data' }).waitFor();
    expect(pasting.url()).toBe(`${stage.server.origin}/privacy/download#ref=${request.reference}`);
    await pasting.getByRole('button', { name: 'Send me a code' }).waitFor();
    await pasting.context().close();

    // In Dutch: the page, without violations; asking for a code shows the code form.
    const dutch = await openLink('nl', link);
    await dutch.getByRole('heading', { level: 1, name: 'Je gegevens downloaden' }).waitFor();
    expect(dutch.url()).not.toContain('token='); // dropped from the address bar once read
    let violations = await axeViolations(dutch);
    expect(violations, describeViolations(violations)).toEqual([]);
    let mails = stage.server.smtp.messages.length;
    await dutch.getByRole('button', { name: 'Stuur me een code' }).click();
    await dutch.getByLabel('Code', { exact: true }).waitFor();
    const olderCode = /\b(\d{6})\b/.exec((await stage.server.smtp.waitFor(email, (m) => (m.subject ?? '').startsWith('Your download code'), { after: mails })).text ?? '')![1]!;
    await screenshot(dutch, 'center-download-nl');
    await dutch.context().close();

    // In English, by keyboard: the code is asked again (a new code replaces the older one).
    const page = await openLink('en', link);
    await page.getByRole('heading', { level: 1, name: 'Download your data' }).waitFor();
    mails = stage.server.smtp.messages.length;
    await tabUntil(page, (el) => el.tag === 'button' && el.text === 'Send me a code');
    await page.keyboard.press('Enter');
    const codeMail = await stage.server.smtp.waitFor(email, (m) => (m.subject ?? '').startsWith('Your download code'), { after: mails });
    const code = /\b(\d{6})\b/.exec(codeMail.text ?? '')![1]!;
    // Focus moves to the code field; a malformed code is refused in words next to it, before anything is sent.
    await page.waitForFunction(() => document.activeElement?.getAttribute('inputmode') === 'numeric');
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
    const field = page.getByLabel('Code', { exact: true });
    await page.getByText('Enter the six digits of the code from our e-mail.').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    // The code replaced by the newer one is refused by the stage.server, also in words.
    await field.fill(olderCode === code ? '000000' : olderCode);
    await page.keyboard.press('Enter');
    await page.getByText('This code did not work.', { exact: false }).waitFor();
    await screenshot(page, 'center-download-en');
    await field.fill(code);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    await page.getByText('Your download has started.').waitFor();
    expect(download.suggestedFilename()).toBe(`personal-data-${request.reference}.zip`);
    const files = await unzip(await readFile((await download.path())!));

    // data.json holds exactly the rows plain SQL finds for this person, in every dataset of both systems.
    const truth = await groundTruth(email);
    const data = JSON.parse(files['data.json']!) as PackageData;
    expect(data.format).toBe('pledge-access-package/1');
    const packaged = Object.fromEntries(data.datasets.map((d) => [`${d.system}.${d.dataset}`, byId(d.rows)]));
    expect(Object.keys(packaged).sort()).toEqual(Object.keys(truth).sort());
    for (const [key, rows] of Object.entries(truth)) expect(packaged[key], key).toEqual(byId(rows));
    expect(truth['shop.orders']!.length).toBeGreaterThan(0);
    expect(truth['crm.support-tickets']!.length).toBeGreaterThan(0);
    // None of the look-alikes: same name, other address; the upper-case newsletter address.
    for (const other of [PLANTED.annaNet, PLANTED.annaLookAlike, PLANTED.annaPlus, PLANTED.newsletterOnly, email.toUpperCase()]) expect(files['data.json']).not.toContain(other);

    // Each CSV has the same rows: the header, then one record per row, ids as in the database.
    for (const [key, rows] of Object.entries(truth)) {
      const [header, ...records] = parseCsv(files[`${key}.csv`]!);
      if (rows.length === 0) continue;
      expect(header, key).toEqual(Object.keys(rows[0]!));
      expect(records.map((r) => r[header!.indexOf('id')]), key).toEqual(byId(rows).map((r) => String(r.id)));
    }
    expect(files['summary.html']).toContain('Handling your orders');

    // The link is spent: the same code again is refused.
    const again = await page.evaluate(async (url) => (await fetch(url)).status, `/v1/requests/${request.reference}/package?token=${new URLSearchParams(new URL(link).hash.slice(1)).get('token')}&code=${code}`);
    expect(again).toBe(400);

    // The status page shows the request completed and the copy downloaded (no field for the spent link), in English and Dutch.
    for (const lang of ['en', 'nl'] as const) {
      const status = await (await newContext(stage.browser, stage.server.origin, { locale: lang === 'nl' ? 'nl-NL' : 'en-GB' })).newPage();
      await openStatusWhen(status, request.statusUrl, lang === 'en' ? 'Completed' : 'Afgerond');
      await status.getByText(lang === 'en' ? 'You downloaded your copy on' : 'Je hebt je kopie gedownload op', { exact: false }).waitFor();
      expect(await status.locator('#package-heading ~ form').count()).toBe(0);
      violations = await axeViolations(status);
      expect(violations, describeViolations(violations)).toEqual([]);
      await screenshot(status, `center-status-completed-${lang}`);
      await status.context().close();
    }

    // She lost the file: the admin mails a new link from the request page, and it opens the package again.
    const sentBefore = stage.server.smtp.messages.length;
    await admin.reload(); // still on the request page where it was approved; now completed
    await admin.getByRole('heading', { name: `Request ${request.reference}` }).waitFor();
    await admin.getByRole('button', { name: 'Mail a new download link' }).click();
    await admin.getByText('A new link was mailed').waitFor();
    violations = await axeViolations(admin);
    expect(violations, describeViolations(violations)).toEqual([]);
    const again2 = await stage.server.smtp.waitFor(email, (m) => (m.subject ?? '').startsWith('Your data is ready'), { after: sentBefore });
    expect(/(http\S+\/privacy\/download#\S+)/.exec(again2.text ?? '')![1]).not.toBe(link);
    await admin.locator('ol.timeline').getByText('New download link mailed').waitFor();
  });
});
