import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, newContext, screenshot, tabUntil } from './support/browser.ts';
import { PASSWORD, startE2eServer } from './support/e2e-server.ts';
import { useServerAndBrowser } from './support/server-and-browser.ts';

const stage = useServerAndBrowser(startE2eServer);

describe('an access request, from the privacy center to the console', () => {
  it('is made by keyboard, confirmed through the link in a real mail, checked and approved by a privacy officer', async () => {
    const person = await (await newContext(stage.browser, stage.server.origin)).newPage();
    await person.goto(stage.server.origin + '/privacy/request');
    await person.locator('h1').waitFor();
    // Step 1: the right, chosen with the arrow keys inside the radio group.
    await tabUntil(person, (el) => el.tag === 'input' && el.name === 'type');
    await person.keyboard.press('Space');
    await tabUntil(person, (el) => el.tag === 'button' && el.text === 'Continue');
    await person.keyboard.press('Enter');
    // Step 2: who you are.
    await person.getByRole('heading', { name: 'Who you are' }).waitFor();
    await tabUntil(person, (el) => el.tag === 'input' && (el.label ?? '').startsWith('E-mail'));
    await person.keyboard.type('erin@example.com');
    await tabUntil(person, (el) => el.tag === 'button' && el.text === 'Continue');
    await person.keyboard.press('Enter');
    // Step 3: details, then send.
    await person.getByRole('heading', { name: 'Details' }).waitFor();
    await screenshot(person, 'center-request-details-en');
    await tabUntil(person, (el) => el.tag === 'button' && el.text === 'Send my request');
    await person.keyboard.press('Enter');
    await person.getByText('We received your request.').waitFor();
    const reference = /R-[0-9A-Z]{5}-[0-9A-Z]{5}/.exec((await person.locator('main').textContent()) ?? '')![0];

    const statusUrl = person.url();

    // The verification mail reached the SMTP sink; its link opens the privacy center's confirmation page.
    const mail = await stage.server.smtp.waitFor('erin@example.com', (m) => (m.text ?? '').includes('/privacy/verify#'));
    const link = /(http\S+\/privacy\/verify#\S+)/.exec(mail.text ?? '')![1]!;
    await person.goto(link);
    await person.getByRole('heading', { name: 'Confirm your request' }).waitFor();
    await screenshot(person, 'center-verify-en');
    // The same page in Dutch (opening it confirms nothing: the page asks first, so mail scanners cannot use the link).
    const dutch = await (await newContext(stage.browser, stage.server.origin, { locale: 'nl-NL' })).newPage();
    await dutch.goto(link);
    await dutch.getByRole('heading', { name: 'Bevestig je verzoek' }).waitFor();
    await expectNoAxeViolations(dutch, 'verify page nl');
    await screenshot(dutch, 'center-verify-nl');
    await dutch.context().close();
    await person.getByRole('button', { name: 'Yes, I made this request' }).click();
    await person.getByText('Thank you, your request is confirmed.').first().waitFor();
    // The e-mail proves one factor; access here needs step-up (manifest stepUpFor), so staff add a second.

    // A privacy officer finds it in the queue and approves it.
    const officer = await (await newContext(stage.browser, stage.server.origin)).newPage();
    await officer.goto(stage.server.origin + '/admin/login');
    await officer.locator('input[type=email]').fill(stage.server.email('privacy_officer'));
    await officer.locator('input[type=password]').fill(PASSWORD);
    await officer.keyboard.press('Enter');
    await officer.getByRole('link', { name: reference }).click();
    await officer.getByRole('heading', { name: `Request ${reference}` }).waitFor();
    await officer.getByText('erin@example.com').waitFor();
    await officer.getByLabel('Phone number').check();
    await officer.getByRole('button', { name: 'Record the check' }).click();
    await officer.getByText('Verified').first().waitFor();
    await screenshot(officer, 'admin-request-en');
    await officer.getByRole('button', { name: 'Approve' }).click();
    await officer.getByRole('button', { name: 'Confirm' }).click();
    await officer.getByText('Done. The request has been updated.').waitFor();

    // The read of the request's personal data is in the audit log, with the officer as actor.
    const audit = await officer.evaluate(() => fetch('/v1/admin/audit?limit=500').then((r) => r.json()));
    const actions = (audit.entries as Array<{ action: string; actor: string }>).filter((e) => e.actor.startsWith('user:')).map((e) => e.action);
    expect(actions.some((a) => a.includes('read') || a.includes('viewed'))).toBe(true);

    await person.goto(statusUrl);
    await person.getByText(/In progress|Completed/).first().waitFor();
    await screenshot(person, 'center-status-progress-en');
  });
});
