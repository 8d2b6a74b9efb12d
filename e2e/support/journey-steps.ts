import type { Browser, Page } from 'playwright-core';
import { newContext } from './browser.ts';
import { PASSWORD, type E2eServer } from './e2e-server.ts';

/** The person's steps and the team's, shared by the fulfilment journeys (each says in words what a person sees). */

export interface MadeRequest {
  reference: string;
  /** The status page with the reference and status key in the fragment, as the form left it (without `new=1`). */
  statusUrl: string;
}

/** The request form in the privacy center: the right, the e-mail address, send. */
export async function submitRequest(person: Page, origin: string, right: string, email: string): Promise<MadeRequest> {
  await person.goto(origin + '/privacy/request');
  await person.getByLabel(right).check();
  await person.getByRole('button', { name: 'Continue' }).click();
  await person.getByLabel('E-mail address').fill(email);
  await person.getByRole('button', { name: 'Continue' }).click();
  await person.getByRole('button', { name: 'Send my request' }).click();
  await person.getByText('We received your request.').waitFor();
  const reference = /R-[0-9A-Z]{5}-[0-9A-Z]{5}/.exec((await person.locator('main').textContent()) ?? '')![0];
  const url = new URL(person.url());
  const hash = new URLSearchParams(url.hash.slice(1));
  hash.delete('new');
  return { reference, statusUrl: `${url.origin}${url.pathname}#${hash}` };
}

/** The verification mail reaches the SMTP sink; its link opens the confirmation page, where the person confirms. */
export async function confirmThroughMail(person: Page, server: E2eServer, email: string): Promise<void> {
  const mail = await server.smtp.waitFor(email, (m) => (m.text ?? '').includes('/privacy/verify#'));
  await person.goto(/(http\S+\/privacy\/verify#\S+)/.exec(mail.text ?? '')![1]!);
  await person.getByRole('button', { name: 'Yes, I made this request' }).click();
  await person.getByText('Thank you, your request is confirmed.').first().waitFor();
}

/** An admin logs in at /admin and opens the queue. */
export async function adminQueue(browser: Browser, server: E2eServer): Promise<Page> {
  const admin = await (await newContext(browser, server.origin)).newPage();
  await admin.goto(server.origin + '/admin');
  await admin.waitForURL(/\/admin\/login/);
  await admin.getByLabel('E-mail address').fill(server.email('admin'));
  await admin.getByLabel('Password').fill(PASSWORD);
  await admin.keyboard.press('Enter');
  await admin.getByRole('heading', { level: 1, name: 'Requests' }).waitFor();
  return admin;
}

/** The queue row of a request, as its cells' text: reference, type, state, received, due. */
export async function queueRow(admin: Page, reference: string): Promise<string[]> {
  const row = admin.getByRole('row').filter({ has: admin.getByRole('link', { name: reference }) });
  await row.waitFor();
  return (await row.locator('th, td').allTextContents()).map((c) => c.trim());
}

/** Opens the request from the queue and approves it; fulfilment starts. */
export async function approve(admin: Page, reference: string): Promise<void> {
  await admin.getByRole('link', { name: reference }).click();
  await admin.getByRole('heading', { name: `Request ${reference}` }).waitFor();
  await admin.getByRole('button', { name: 'Approve' }).click();
  await admin.getByRole('button', { name: 'Confirm' }).click();
  await admin.getByText('Done. The request has been updated.').waitFor();
}

/** Opens the status page until it shows `state` (the worker finishes a moment after its last mail). */
export async function openStatusWhen(page: Page, statusUrl: string, state: string, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    await page.goto(statusUrl);
    await page.getByRole('heading', { level: 2, name: /^(Request|Verzoek|Antrag) R-/ }).waitFor();
    if ((await page.locator('.facts .badge').textContent()) === state) return;
    if (Date.now() > until) throw new Error(`the status page never showed "${state}"`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** GDPR Art. 12(3): one calendar month from receipt (31 Jan → 28/29 Feb), as the console writes dates in English. */
export function gdprDueDate(receivedAt: Date): string {
  const year = receivedAt.getUTCFullYear();
  const month = receivedAt.getUTCMonth() + 1;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const due = new Date(Date.UTC(year, month, Math.min(receivedAt.getUTCDate(), lastDay)));
  return new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(due);
}
