import type { Role } from '@pledge/server';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, screenshot, tabUntil } from './support/browser.ts';
import { PASSWORD, startE2eServer } from './support/e2e-server.ts';
import { useServerAndBrowser } from './support/server-and-browser.ts';
import { openRequestAs } from './support/console-pages.ts';

// The request page's reply to the person and its second-approval panel, through the stage.browser, against the real SMTP sink.
const stage = useServerAndBrowser(startE2eServer);

/** A request made on the privacy center's API and confirmed through the link in its mail: its address is proven. */
async function verifiedRequest(email: string, language: 'en' | 'nl'): Promise<{ id: string; reference: string }> {
  const made = await stage.server.app.inject({ method: 'POST', url: '/v1/requests', payload: { type: 'access', jurisdiction: 'gdpr', email, language } });
  expect(made.statusCode, made.body).toBe(202);
  const { reference } = made.json();
  const mail = await stage.server.smtp.waitFor(email, (m) => (m.text ?? '').includes('#ref='));
  const token = /#ref=[^&\s]+&token=([A-Za-z0-9_-]+)/.exec(mail.text ?? '')![1]!;
  const confirmed = await stage.server.app.inject({ method: 'POST', url: `/v1/requests/${reference}/verification/link`, payload: { token } });
  expect(confirmed.statusCode, confirmed.body).toBe(200);
  const login = await stage.server.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: stage.server.email('admin'), password: PASSWORD } });
  const headers = { cookie: String(login.headers['set-cookie']).split(';')[0]! };
  const list = (await stage.server.app.inject({ url: '/v1/admin/requests?limit=200', headers })).json() as { requests: Array<{ id: string; reference: string }> };
  return { id: list.requests.find((r) => r.reference === reference)!.id, reference };
}

const openRequest = (role: Role, id: string, lang: 'en' | 'nl' = 'en'): Promise<Page> => openRequestAs(stage, role, id, { lang, ready: '#timeline' });

describe('reply to the person', () => {
  it('lets a support agent reply by keyboard, checked inline; the person gets it in their language; the timeline says a reply went out', async () => {
    const { id, reference } = await verifiedRequest('fenna@example.com', 'nl');
    const page = await openRequest('support_agent', id);
    await tabUntil(page, (el) => el.tag === 'button' && el.text === 'Reply to the person', 100);
    await page.keyboard.press('Enter');
    await tabUntil(page, (el) => el.tag === 'button' && el.text === 'Send the reply');
    await page.keyboard.press('Enter');
    await page.getByText('Write a message.').waitFor();
    expect(await page.locator('#f-reply-message').getAttribute('aria-invalid')).toBe('true');
    await page.locator('#f-reply-message').focus();
    await page.keyboard.type('We vonden je gegevens in ons klantensysteem. Je krijgt ze deze week.');
    await tabUntil(page, (el) => el.tag === 'button' && el.text === 'Send the reply');
    await page.keyboard.press('Enter');
    await page.getByText('Sent. The timeline records that you replied').waitFor();
    await expectNoAxeViolations(page, 'request page after a reply');

    const mail = await stage.server.smtp.waitFor('fenna@example.com', (m) => (m.subject ?? '').startsWith('Een bericht over je privacyverzoek'));
    expect(mail.subject).toBe(`Een bericht over je privacyverzoek ${reference}`);
    expect(mail.text).toContain('We vonden je gegevens in ons klantensysteem.');
    await page.locator('ol.timeline').getByText('Reply sent to the person').waitFor();
    await page.context().close();
  });

  it('says why a reply cannot go to a person who has not confirmed their address', async () => {
    await stage.server.seedRequests();
    const login = await stage.server.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: stage.server.email('admin'), password: PASSWORD } });
    const list = (await stage.server.app.inject({ url: '/v1/admin/requests?limit=200', headers: { cookie: String(login.headers['set-cookie']).split(';')[0]! } })).json();
    const unverified = (list.requests as Array<{ id: string; state: string }>).find((r) => r.state === 'identity_verification' || r.state === 'received')!;
    const page = await openRequest('support_agent', unverified.id);
    await page.getByRole('button', { name: 'Reply to the person' }).click();
    await page.getByText('The person has not confirmed their e-mail address yet.').waitFor();
    expect(await page.getByRole('button', { name: 'Send the reply' }).count()).toBe(0);
    await page.context().close();
  });
});

describe('second approval', () => {
  it('shows a proposed denial on the request page; its proposer is refused, a different officer approves', async () => {
    const { id } = await verifiedRequest('gijs@example.com', 'en');
    const officer = await openRequest('privacy_officer', id);
    await officer.getByRole('button', { name: 'Deny' }).click();
    await officer.getByLabel('Reason for denial').selectOption('excessive');
    await officer.getByLabel('Evidence').fill('The fourth identical access request this month; see the linked requests.');
    await officer.getByRole('button', { name: 'Confirm' }).click();
    await officer.getByText('Proposed. A different officer must give the second approval').waitFor();
    await officer.getByRole('heading', { name: 'Waiting for a second approval' }).waitFor();
    await officer.getByText('You proposed this.').waitFor();
    await officer.getByRole('button', { name: 'Give the second approval' }).click();
    await officer.getByRole('alert').filter({ hasText: 'you cannot approve your own proposal' }).waitFor();
    await expectNoAxeViolations(officer, 'request page with a pending approval');
    await screenshot(officer, 'admin-request-approval-en');

    const admin = await openRequest('admin', id);
    await admin.getByRole('heading', { name: 'Waiting for a second approval' }).waitFor();
    expect(await admin.getByText('You proposed this.').count()).toBe(0);
    // The proposer is named by their account's e-mail, not an id.
    await admin.getByRole('definition').filter({ hasText: stage.server.email('privacy_officer') }).first().waitFor();
    await tabUntil(admin, (el) => el.tag === 'button' && el.text === 'Give the second approval', 120);
    await admin.keyboard.press('Enter');
    await admin.locator('.facts').getByText('Denied').waitFor();
    expect(await admin.getByRole('heading', { name: 'Waiting for a second approval' }).count()).toBe(0);
    await officer.context().close();
    await admin.context().close();
  });

  it('shows the request page in Dutch without axe violations', async () => {
    const { id } = await verifiedRequest('hanna@example.com', 'nl');
    const page = await openRequest('privacy_officer', id, 'nl');
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page, 'request page nl');
    await screenshot(page, 'admin-request-nl');
    await page.context().close();
  });
});
