import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Role } from '@pledge/server';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { authorisationPdf, authorisationPng } from './support/authorisation-files.ts';
import { expectNoAxeViolations, newContext, screenshot, tabUntil } from './support/browser.ts';
import { PASSWORD, startE2eServer } from './support/e2e-server.ts';
import { useServerAndBrowser } from './support/server-and-browser.ts';
import { openRequestAs } from './support/console-pages.ts';

// Attacks 3 and 7 through the browser: an agent's upload waits for a person's review in the console, the copy is
// deleted on the decision, and even an accepted authorisation waits for the person's own confirmation.
const stage = useServerAndBrowser(() => startE2eServer({ env: { PLEDGE_UPLOAD_KEY: randomBytes(32).toString('base64') } }));

const AGENT = { name: 'Rosa Verbeek', email: 'rosa@rechtenbureau.example', organisation: 'Rechtenbureau Verbeek' };


async function staffHeaders() {
  const login = await stage.server.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: stage.server.email('admin'), password: PASSWORD } });
  return { cookie: String(login.headers['set-cookie']).split(';')[0]!, 'x-csrf-token': login.json().csrfToken as string };
}
async function requestIdOf(reference: string): Promise<string> {
  const list = (await stage.server.app.inject({ url: '/v1/admin/requests?limit=200', headers: await staffHeaders() })).json() as { requests: Array<{ id: string; reference: string }> };
  return list.requests.find((r) => r.reference === reference)!.id;
}

const openRequest = (role: Role, id: string, lang: 'en' | 'nl' = 'en'): Promise<Page> => openRequestAs(stage, role, id, { lang, ready: '#agent-review' });

/** The agent fills in the privacy center's form for the person and attaches the signed authorisation. */
async function agentSubmits(page: Page, person: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<{ reference: string; statusUrl: string }> {
  await page.goto(stage.server.origin + '/privacy/request');
  await page.getByLabel('Get a copy of my data').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('E-mail address', { exact: true }).fill(person);
  await page.getByLabel('For someone else, as their authorised agent').check();
  await page.getByLabel('Your name (the agent)').fill(AGENT.name);
  await page.getByLabel('Your e-mail address (the agent)').fill(AGENT.email);
  await page.getByLabel('Your organisation (optional)').fill(AGENT.organisation);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Signed authorisation').setInputFiles(file);
  await page.getByRole('button', { name: 'Send my request' }).click();
  await page.getByText('We received your request.').waitFor();
  const reference = /R-[0-9A-Z]{5}-[0-9A-Z]{5}/.exec((await page.locator('main').textContent()) ?? '')![0];
  const url = new URL(page.url());
  const hash = new URLSearchParams(url.hash.slice(1));
  hash.delete('new');
  return { reference, statusUrl: `${url.origin}${url.pathname}#${hash}` };
}

const sentTo = (address: string) => stage.server.smtp.messages.filter((m) => [m.to].flat().some((a) => a?.value.some((v) => v.address === address)));
const panel = (page: Page) => page.locator('#agent-review').locator('..');
const fact = (page: Page, term: string) => panel(page).locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');

describe('an authorised agent’s authorisation, reviewed in the console', () => {
  it('is uploaded in the privacy center, opened (audited) and accepted with a reason by an officer, then deleted; the person still has to confirm', async () => {
    const pdf = authorisationPdf(['I, Jan de Vries, authorise Rechtenbureau Verbeek', 'to ask Jume for a copy of my personal data.', 'Signed: J. de Vries']);
    const agent = await (await newContext(stage.browser, stage.server.origin)).newPage();
    const made = await agentSubmits(agent, 'jan@example.com', { name: 'authorisation.pdf', mimeType: 'application/pdf', buffer: pdf });
    // Nothing was mailed to the person yet: the document waits for a person's review (attack 3).
    expect(sentTo('jan@example.com')).toHaveLength(0);

    const id = await requestIdOf(made.reference);
    const officer = await openRequest('privacy_officer', id);
    expect(await fact(officer, 'Name').textContent()).toBe(AGENT.name);
    expect(await fact(officer, 'E-mail address').textContent()).toBe(AGENT.email);
    expect(await fact(officer, 'Organisation').textContent()).toBe(AGENT.organisation);
    expect(await fact(officer, 'Authorisation').textContent()).toBe('Waiting for review');
    expect(await fact(officer, 'The person’s confirmation').textContent()).toContain('Not asked yet');
    await expectNoAxeViolations(officer, 'agent review, waiting');

    // Opening the document downloads exactly what was uploaded, and the server audits the read.
    const [download] = await Promise.all([officer.waitForEvent('download'), officer.getByRole('link', { name: /^Open the authorisation \(PDF, 1 KB/ }).click()]);
    expect((await readFile((await download.path())!)).equals(pdf)).toBe(true);
    const audit = (await stage.server.app.inject({ url: '/v1/admin/audit?limit=200', headers: await staffHeaders() })).json() as { entries: Array<{ action: string; actor: string; target: string }> };
    expect(audit.entries.filter((e) => e.action === 'rights_agent_document.read' && e.target === `rights_request:${id}`)).toEqual([expect.objectContaining({ actor: expect.stringMatching(/^user:/) })]);

    // A reason is required, said next to the field.
    await officer.getByRole('button', { name: 'Accept the authorisation' }).click();
    await officer.getByText('Say in a few words what you checked.').waitFor();
    expect(await officer.getByLabel('What you checked').getAttribute('aria-invalid')).toBe('true');
    await officer.getByLabel('What you checked').fill('Signed by Jan de Vries, names Jume and this access request.');
    await screenshot(officer, 'admin-agent-review-en');
    await officer.getByRole('button', { name: 'Accept the authorisation' }).click();
    await officer.getByText('Decision recorded. The copy of the document has been deleted.').waitFor();
    expect(await fact(officer, 'Authorisation').textContent()).toBe('Accepted');
    expect(await fact(officer, 'Signed authorisation').textContent()).toMatch(/^Deleted on /);
    expect(await fact(officer, 'Decision').textContent()).toMatch(new RegExp(`^Accepted by ${stage.server.email('privacy_officer')} on `));
    expect(await fact(officer, 'What you checked').textContent()).toBe('Signed by Jan de Vries, names Jume and this access request.');
    expect(await fact(officer, 'The person’s confirmation').textContent()).toContain('Waiting: the person was sent a link');
    expect(await officer.getByRole('button', { name: 'Accept the authorisation' }).count()).toBe(0);
    await expectNoAxeViolations(officer, 'agent review, decided');

    // The copy is gone: the download answers 410 with its code.
    const gone = await officer.evaluate(async (url) => {
      const res = await fetch(url);
      return { status: res.status, code: ((await res.json()) as { error: { code: string } }).error.code };
    }, `/v1/admin/requests/${id}/agent-authorisation`);
    expect(gone).toEqual({ status: 410, code: 'agent_document_deleted' });

    // Attack 7: only the person's own confirmation moves it on; the mail goes to them, never to the agent.
    const ask = await stage.server.smtp.waitFor('jan@example.com', (m) => (m.subject ?? '') === `Did you ask an agent to make request ${made.reference}?`);
    expect(sentTo(AGENT.email)).toHaveLength(0);
    const person = await (await newContext(stage.browser, stage.server.origin)).newPage();
    await person.goto(/(http\S+\/privacy\/verify#\S+)/.exec(ask.text ?? '')![1]!);
    await person.getByRole('button', { name: 'Yes, I made this request' }).click();
    await person.getByText('Thank you, your request is confirmed.').first().waitFor();
    await officer.reload();
    await officer.locator('#agent-review').waitFor();
    expect(await fact(officer, 'The person’s confirmation').textContent()).toContain('Confirmed by the person through their own address');

    // The agent's status page tells the story in words, never in event keys.
    for (const lang of ['en', 'nl'] as const) {
      const status = await (await newContext(stage.browser, stage.server.origin, { locale: lang === 'nl' ? 'nl-NL' : 'en-GB' })).newPage();
      await status.goto(made.statusUrl);
      const timeline = status.locator('ol.timeline');
      await timeline.waitFor();
      const words = await timeline.textContent();
      expect(words).toContain(lang === 'en' ? 'The authorisation from your agent was received' : 'De machtiging van je gemachtigde is ontvangen');
      expect(words).toContain(lang === 'en' ? 'The authorisation from your agent was accepted; we asked you to confirm' : 'De machtiging van je gemachtigde is geaccepteerd');
      expect(words).not.toMatch(/agent_|identity proof|state changed|_/);
      // The person confirms through the mailed link (a code could be relayed to the agent): no code form here.
      expect(await status.getByLabel('Code', { exact: true }).count()).toBe(0);
      await expectNoAxeViolations(status, `status page ${lang}`);
      await screenshot(status, `center-status-agent-${lang}`);
      await status.context().close();
    }
    await Promise.all([agent.context().close(), officer.context().close(), person.context().close()]);
  });

  it('is rejected by a support agent using only the keyboard, in Dutch: the request is denied and the copy deleted', async () => {
    const made = await stage.server.app.inject({ method: 'POST', url: '/v1/requests', payload: { type: 'erasure', jurisdiction: 'gdpr', email: 'noor@example.com', language: 'nl', agent: AGENT } });
    const { reference, statusToken } = made.json() as { reference: string; statusToken: string };
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(authorisationPng())], { type: 'image/png' }), 'scan.png');
    const encoded = new Response(form);
    const upload = await stage.server.app.inject({
      method: 'POST', url: `/v1/requests/${reference}/agent-authorisation?token=${statusToken}`,
      payload: Buffer.from(await encoded.arrayBuffer()), headers: { 'content-type': encoded.headers.get('content-type')! },
    });
    expect(upload.statusCode, upload.body).toBe(202);
    const id = await requestIdOf(reference);

    const page = await openRequest('support_agent', id, 'nl');
    expect(await fact(page, 'Machtiging').textContent()).toBe('Wacht op beoordeling');
    await page.getByRole('link', { name: /^Machtiging openen \(PNG/ }).waitFor();
    await expectNoAxeViolations(page, 'agent review nl');
    await screenshot(page, 'admin-agent-review-nl');

    await tabUntil(page, (el) => el.tag === 'textarea' && (el.label ?? '') === 'Wat je hebt gecontroleerd', 150);
    await page.keyboard.type('Lege pagina met alleen een logo: geen handtekening.');
    await tabUntil(page, (el) => el.tag === 'button' && el.text === 'Machtiging afwijzen');
    await page.keyboard.press('Enter');
    await page.getByText('Beslissing vastgelegd. De kopie van het document is verwijderd.').waitFor();
    expect(await fact(page, 'Machtiging').textContent()).toBe('Afgewezen');
    expect(await fact(page, 'Bevestiging door de persoon').textContent()).toContain('Niet gevraagd');
    expect(await page.locator('#overview').locator('..').textContent()).toContain('Afgewezen');
    await expectNoAxeViolations(page, 'agent review nl, rejected');
    const gone = await stage.server.app.inject({ url: `/v1/admin/requests/${id}/agent-authorisation`, headers: await staffHeaders() });
    expect(gone.statusCode).toBe(410);
    await page.context().close();
  });
});
