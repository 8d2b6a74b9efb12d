import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, newContext, screenshot, tabUntil } from './support/browser.ts';
import { PASSWORD, startE2eServer } from './support/e2e-server.ts';
import { useServerAndBrowser } from './support/server-and-browser.ts';

// The status page's "Your data" panel follows the package: a field for the link while it works, and words (no field)
// once the single-use link was spent. The worker runs in-process; Jume declares no systems, so the package is empty.
const stage = useServerAndBrowser(() => startE2eServer({ worker: true }));


/** An access request confirmed by mail, checked by staff (access needs step-up at Jume) and approved: the package link is mailed. */
async function completedAccessRequest(email: string): Promise<{ reference: string; statusUrl: string; packageLink: string }> {
  const { app, smtp } = stage.server;
  const made = await app.inject({ method: 'POST', url: '/v1/requests', payload: { type: 'access', jurisdiction: 'gdpr', email, language: 'en' } });
  const { reference, statusToken } = made.json() as { reference: string; statusToken: string };
  const verify = await smtp.waitFor(email, (m) => (m.text ?? '').includes('/privacy/verify#'));
  const token = /#ref=[^&\s]+&token=([A-Za-z0-9_-]+)/.exec(verify.text ?? '')![1]!;
  expect((await app.inject({ method: 'POST', url: `/v1/requests/${reference}/verification/link`, payload: { token } })).statusCode).toBe(200);
  const login = await app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: stage.server.email('privacy_officer'), password: PASSWORD } });
  const headers = { cookie: String(login.headers['set-cookie']).split(';')[0]!, 'x-csrf-token': login.json().csrfToken as string };
  const list = (await app.inject({ url: '/v1/admin/requests?limit=200', headers })).json() as { requests: Array<{ id: string; reference: string }> };
  const id = list.requests.find((r) => r.reference === reference)!.id;
  const proof = await app.inject({ method: 'POST', url: `/v1/admin/requests/${id}/proofs`, headers, payload: { method: 'second_identifier', identifiers: ['phone'] } });
  expect(proof.json().state, proof.body).toBe('verified');
  expect((await app.inject({ method: 'POST', url: `/v1/admin/requests/${id}/approve`, headers })).statusCode).toBe(200);
  const ready = await smtp.waitFor(email, (m) => (m.subject ?? '').startsWith('Your data is ready'), { timeoutMs: 30_000 });
  return { reference, statusUrl: `${stage.server.origin}/privacy/status#ref=${reference}&token=${statusToken}`, packageLink: /(http\S+\/privacy\/download#\S+)/.exec(ready.text ?? '')![1]! };
}

/** The status page once the worker has finished (it completes the request a moment after its mail). */
async function openStatus(lang: 'en' | 'nl', url: string, panelText: string): Promise<Page> {
  const page = await (await newContext(stage.browser, stage.server.origin, { locale: lang === 'nl' ? 'nl-NL' : 'en-GB' })).newPage();
  for (const until = Date.now() + 15_000; ; ) {
    await page.goto(url);
    await page.getByRole('heading', { level: 2, name: /^(Request|Verzoek) R-/ }).waitFor();
    if ((await page.locator('main').textContent())?.includes(panelText)) return page;
    if (Date.now() > until) throw new Error(`the status page never said "${panelText}"`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

describe('the status page’s "Your data" panel', () => {
  it('offers the link field while the link works, and says the copy was downloaded once it was, in English and Dutch', async () => {
    const made = await completedAccessRequest('lotte@example.com');

    // Available: the field for the mailed link, reached and used by keyboard.
    const page = await openStatus('en', made.statusUrl, 'Your copy is ready.');
    await page.getByText(/^The link in our e-mail works until /).waitFor();
    await expectNoAxeViolations(page, 'status page, package available');
    await tabUntil(page, (el) => el.tag === 'input' && el.label === 'Download link from the e-mail', 80);
    await page.keyboard.type(made.packageLink);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Download your data' }).waitFor();
    await page.context().close();

    // The person downloads it (the code goes to their address); the single-use link is spent.
    const { app, smtp } = stage.server;
    const token = new URLSearchParams(new URL(made.packageLink).hash.slice(1)).get('token')!;
    const before = smtp.messages.length;
    await app.inject({ url: `/v1/requests/${made.reference}/package?token=${token}` });
    const code = /\b(\d{6})\b/.exec((await smtp.waitFor('lotte@example.com', (m) => (m.subject ?? '').startsWith('Your download code'), { after: before })).text ?? '')![1]!;
    const zip = await app.inject({ url: `/v1/requests/${made.reference}/package?token=${token}&code=${code}` });
    expect(zip.statusCode, zip.body.slice(0, 200)).toBe(200);

    for (const lang of ['en', 'nl'] as const) {
      const status = await openStatus(lang, made.statusUrl, lang === 'en' ? 'You downloaded your copy on' : 'Je hebt je kopie gedownload op');
      await status.getByText(lang === 'en' ? 'A download link works only once.' : 'Een downloadlink werkt maar één keer.', { exact: false }).waitFor();
      expect(await status.getByLabel(lang === 'en' ? 'Download link from the e-mail' : 'Downloadlink uit de e-mail').count()).toBe(0);
      const timeline = await status.locator('ol.timeline').textContent();
      expect(timeline).toContain(lang === 'en' ? 'Status changed: Completed' : 'Status gewijzigd: Afgerond');
      expect(timeline).not.toMatch(/_|identity proof|state changed/);
      await expectNoAxeViolations(status, `status page ${lang}, package downloaded`);
      await screenshot(status, `center-status-downloaded-${lang}`);
      await status.context().close();
    }
  });
});
