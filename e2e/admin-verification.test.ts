import type { Role } from '@pledge/server';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, focusIsVisible, newContext, screenshot, tabUntil } from './support/browser.ts';
import { PASSWORD, startE2eServer } from './support/e2e-server.ts';
import { useServerAndBrowser } from './support/server-and-browser.ts';

// Attack 4 through the browser: the assurance each request type needs, raised at once or lowered only with a second
// officer's approval, on the console's Verification page.
const stage = useServerAndBrowser(startE2eServer);


async function logIn(role: Role, lang: 'en' | 'nl' = 'en', path = '/admin/verification'): Promise<Page> {
  const page = await (await newContext(stage.browser, stage.server.origin, { locale: lang === 'nl' ? 'nl-NL' : 'en-GB' })).newPage();
  await page.goto(stage.server.origin + path);
  await page.locator('input[type=email]').fill(stage.server.email(role));
  await page.locator('input[type=password]').fill(PASSWORD);
  await page.keyboard.press('Enter');
  await page.locator('h1').filter({ hasNotText: /log in|inloggen/i }).waitFor();
  return page;
}

/** The "In force" and "Changed" cells of a request type's row. */
async function levelRow(page: Page, typeName: string): Promise<string[]> {
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: typeName, exact: true }) });
  return (await row.locator('td').allTextContents()).map((c) => c.trim());
}

describe('identity assurance per request type', () => {
  it('lets an officer raise a level at once and propose a lower one by keyboard; a different officer approves it', async () => {
    const officer = await logIn('privacy_officer', 'en', '/admin/requests');
    await officer.getByRole('heading', { level: 1, name: 'Requests' }).waitFor();
    // From the navigation to the page, by keyboard.
    await tabUntil(officer, (el) => el.tag === 'a' && el.text === 'Verification');
    expect(await focusIsVisible(officer)).toBe(true);
    await officer.keyboard.press('Enter');
    await officer.getByRole('heading', { level: 1, name: 'Identity verification' }).waitFor();
    expect(await officer.evaluate(() => document.activeElement?.id)).toBe('page-title');
    expect(await levelRow(officer, 'Get a copy of my data')).toEqual(['Step-up (two factors)', 'Step-up (two factors)', 'As in the manifest']);
    expect(await officer.getByText('Nothing is waiting for a second approval.').count()).toBe(1);

    // Raising applies at once. Each control is reached with Tab; a select's option is chosen by typing its start.
    await tabUntil(officer, (el) => el.tag === 'select' && el.label === 'Request type');
    await officer.keyboard.type('Restrict');
    await tabUntil(officer, (el) => el.tag === 'select' && el.label === 'New level');
    await officer.keyboard.type('Step');
    await tabUntil(officer, (el) => el.tag === 'textarea' && el.label === 'Reason and evidence');
    expect([await officer.locator('#f-assurance-type').inputValue(), await officer.locator('#f-assurance-level').inputValue()]).toEqual(['restriction', 'step_up']);
    await officer.keyboard.type('Restriction requests were used to probe accounts last month.');
    await tabUntil(officer, (el) => el.tag === 'button' && el.text === 'Save the change');
    await officer.keyboard.press('Enter');
    await officer.getByText('Applied. New requests of this type need the higher level.').waitFor();
    // The table reloads after the answer.
    await expect.poll(() => levelRow(officer, 'Restrict the use of my data')).toEqual(['Standard (one factor)', 'Step-up (two factors)', expect.stringContaining(`by ${stage.server.email('privacy_officer')}`)]);

    // Lowering is only proposed; the same level again, or no evidence, is refused in words first.
    await officer.locator('#f-assurance-type').selectOption({ label: 'Get a copy of my data' });
    expect(await officer.locator('#f-assurance-level option').allTextContents()).toEqual(['Standard (one factor)', 'Step-up (two factors)']);
    await officer.getByRole('button', { name: 'Save the change' }).click();
    await officer.getByText('Choose a level different from the one in force.').waitFor();
    await officer.getByText('Give a reason of at least a few words.').waitFor();
    expect(await officer.evaluate(() => document.activeElement?.id)).toBe('f-assurance-level');
    await officer.locator('#f-assurance-level').selectOption({ label: 'Standard (one factor)' });
    await officer.locator('#f-assurance-reason').fill('Customers cannot take the call-back; a login plus the e-mail is enough here.');
    await officer.getByRole('button', { name: 'Save the change' }).click();
    await officer.getByText('Proposed. A different officer must approve it below before the lower level applies.').waitFor();
    const proposal = officer.getByRole('article').filter({ hasText: 'Lower the assurance for “Get a copy of my data” from Step-up (two factors) to Standard (one factor)' });
    await proposal.waitFor();
    await proposal.getByText('You proposed this.').waitFor();
    expect(await levelRow(officer, 'Get a copy of my data')).toEqual(['Step-up (two factors)', 'Step-up (two factors)', 'As in the manifest']);
    await proposal.getByRole('button', { name: 'Give the second approval' }).click();
    await officer.getByRole('alert').filter({ hasText: 'you cannot approve your own proposal' }).waitFor();
    await expectNoAxeViolations(officer, 'verification page with a proposal');
    await screenshot(officer, 'admin-verification-en');

    // A different officer reads who proposed it, by e-mail, and approves it by keyboard.
    const admin = await logIn('admin');
    const pending = admin.getByRole('article').filter({ hasText: 'Lower the assurance for “Get a copy of my data”' });
    await pending.getByText(stage.server.email('privacy_officer')).waitFor();
    expect(await pending.getByText('You proposed this.').count()).toBe(0);
    await tabUntil(admin, (el) => el.tag === 'button' && el.text === 'Give the second approval', 120);
    await admin.keyboard.press('Enter');
    await admin.getByText('Nothing is waiting for a second approval.').waitFor();
    await expect
      .poll(() => levelRow(admin, 'Get a copy of my data'))
      .toEqual(['Step-up (two factors)', 'Standard (one factor)', expect.stringMatching(new RegExp(`by ${stage.server.email('privacy_officer')} \\(approved by ${stage.server.email('admin')}\\)$`))]);
    await expectNoAxeViolations(admin, 'verification page after approval');
    await officer.context().close();
    await admin.context().close();
  });

  it('shows each role only what it may do, in Dutch too: auditors read proposals, support agents read the levels', async () => {
    const login = await stage.server.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { email: stage.server.email('privacy_officer'), password: PASSWORD } });
    const headers = { cookie: String(login.headers['set-cookie']).split(';')[0]!, 'x-csrf-token': login.json().csrfToken as string };
    const proposed = await stage.server.app.inject({ method: 'POST', url: '/v1/admin/assurance', headers, payload: { type: 'erasure', level: 'standard', reason: 'Voorstel: de terugbelcontrole kost klanten te veel moeite.' } });
    expect(proposed.statusCode, proposed.body).toBe(202);

    const auditor = await logIn('auditor', 'nl');
    await auditor.getByRole('heading', { level: 1, name: 'Identiteitsverificatie' }).waitFor();
    const item = auditor.getByRole('article').filter({ hasText: 'De zekerheid voor ‘Mijn gegevens verwijderen’ verlagen van Verhoogd (twee factoren) naar Standaard (één factor)' });
    await item.getByText(stage.server.email('privacy_officer')).waitFor();
    expect(await auditor.getByRole('button').filter({ hasText: /goedkeuring|afwijzen|opslaan/i }).count()).toBe(0);
    expect(await auditor.locator('#f-assurance-type').count()).toBe(0);
    await expectNoAxeViolations(auditor, 'verification page nl, auditor');
    await screenshot(auditor, 'admin-verification-nl');

    const support = await logIn('support_agent');
    await support.getByRole('heading', { level: 2, name: 'Assurance per request type' }).waitFor();
    expect(await support.getByRole('heading', { name: 'Waiting for a second approval' }).count()).toBe(0);
    expect(await support.locator('#f-assurance-type').count()).toBe(0);
    await expectNoAxeViolations(support, 'verification page, support agent');
    await auditor.context().close();
    await support.context().close();
  });
});
