import type { Role } from '@pledge/server';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { currentTotpCode } from '../packages/server/src/accounts/totp.ts';
import { expectNoAxeViolations, focusIsVisible, newContext, screenshot, tabUntil } from './support/browser.ts';
import { PASSWORD, startE2eServer } from './support/e2e-server.ts';
import { useServerAndBrowser } from './support/server-and-browser.ts';

// The account page (password, two-step login) and the admin's users page: axe, keyboard only, roles, EN and NL.
const stage = useServerAndBrowser(startE2eServer);

async function login(email: string, password: string, lang: 'en' | 'nl' = 'en', path = '/admin/account'): Promise<Page> {
  const page = await (await newContext(stage.browser, stage.server.origin, { locale: lang === 'nl' ? 'nl-NL' : 'en-GB' })).newPage();
  await page.goto(stage.server.origin + path);
  await page.locator('input[type=email]').fill(email);
  await page.locator('input[type=password]').fill(password);
  await page.keyboard.press('Enter');
  await page.waitForURL(stage.server.origin + path);
  await page.locator('h1').first().waitFor();
  return page;
}
const loginAs = (role: Role, lang: 'en' | 'nl' = 'en', path = '/admin/account') => login(stage.server.email(role), PASSWORD, lang, path);
/** Tab to a control by its label (or, for buttons, its text) and check the focus can be seen. */
async function tabTo(page: Page, text: string, tag = 'input') {
  await tabUntil(page, (el) => el.tag === tag && (tag === 'button' ? el.text === text : (el.label ?? '').startsWith(text)), 80);
  expect(await focusIsVisible(page), `focus on ${text}`).toBe(true);
}

describe('account and users pages', () => {
  it('shows the login page in Dutch without axe violations', async () => {
    const page = await (await newContext(stage.browser, stage.server.origin, { locale: 'nl-NL' })).newPage();
    await page.goto(stage.server.origin + '/admin/login');
    await page.locator('h1').waitFor();
    await expectNoAxeViolations(page, '/admin/login nl');
    await screenshot(page, 'admin-login-nl');
    await page.context().close();
  });

  for (const lang of ['en', 'nl'] as const) {
    it(`shows the account and users pages to an admin in ${lang} without axe violations`, async () => {
      const page = await loginAs('admin', lang);
      await expectNoAxeViolations(page, `/admin/account ${lang}`);
      await screenshot(page, `admin-account-${lang}`);
      await page.getByRole('button', { name: lang === 'en' ? 'Set up two-step login' : 'Inloggen in twee stappen instellen' }).click();
      await page.locator('svg.qr-code path').waitFor();
      await expectNoAxeViolations(page, `/admin/account enrolment ${lang}`);
      await screenshot(page, `admin-account-totp-${lang}`);
      await page.goto(stage.server.origin + '/admin/users');
      await page.locator('table caption').waitFor();
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page, `/admin/users ${lang}`);
      await screenshot(page, `admin-users-${lang}`);
      await page.context().close();
    });
  }

  it('lets an admin add an account by keyboard; its owner changes the password and turns on two-step login by keyboard; the admin deactivates it', async () => {
    const admin = await loginAs('admin', 'en', '/admin/users');
    await admin.locator('table caption').waitFor();
    await tabTo(admin, 'E-mail');
    await admin.keyboard.type('newcomer@jume.example');
    await tabTo(admin, 'Role', 'select');
    await admin.keyboard.press('End'); // auditor, the last role
    await tabTo(admin, 'Create the account', 'button');
    await admin.keyboard.press('Enter');
    await admin.getByText('Account newcomer@jume.example created.').waitFor();
    const generated = (await admin.locator('.alert.success code').textContent())!.trim();
    await admin.getByRole('row', { name: /newcomer@jume\.example/ }).getByText('Auditor').waitFor();

    // The newcomer, an auditor, may still keep their own login safe.
    const own = await login('newcomer@jume.example', generated);
    await tabTo(own, 'Current password');
    await own.keyboard.type('wrong password');
    await tabTo(own, 'New password');
    await own.keyboard.type('short');
    await tabTo(own, 'Change the password', 'button');
    await own.keyboard.press('Enter');
    await own.getByRole('alert').filter({ hasText: 'Choose a new password of at least 12 characters.' }).waitFor();
    expect(await own.locator('#f-pw-new').getAttribute('aria-invalid')).toBe('true');
    await own.locator('#f-pw-new').fill('a newcomer passphrase');
    await own.locator('#f-pw-repeat').fill('a newcomer passphrase');
    await own.locator('#f-pw-repeat').press('Enter');
    await own.getByText('That is not your current password.').first().waitFor();
    await own.locator('#f-pw-current').fill(generated);
    await own.locator('#f-pw-current').press('Enter');
    await own.getByText('Password changed.').waitFor();

    await tabTo(own, 'Set up two-step login', 'button');
    await own.keyboard.press('Enter');
    const secret = (await own.locator('.totp-secret').textContent())!.replace(/\s/g, '');
    await tabTo(own, 'Six-digit code');
    await own.keyboard.type(currentTotpCode(secret));
    await own.keyboard.press('Enter');
    await own.getByText('Two-step login is on.').waitFor();
    await own.getByText('Turn two-step login off').first().waitFor();

    // The admin deactivates the account; its session ends at once.
    await admin.reload();
    await tabUntil(admin, (el) => el.tag === 'button' && el.label === 'Deactivate newcomer@jume.example', 80);
    await admin.keyboard.press('Enter');
    await tabTo(admin, 'Yes, deactivate newcomer@jume.example', 'button');
    await admin.keyboard.press('Enter');
    await admin.getByRole('row', { name: /newcomer@jume\.example/ }).getByText('Deactivated').waitFor();
    expect(await own.evaluate(() => fetch('/v1/admin/requests').then((r) => r.status))).toBe(401);
    await admin.context().close();
    await own.context().close();
  });
});

describe('roles on the account routes', () => {
  it('offers no users page to a support agent, and the server refuses them and the auditor anyway', async () => {
    const agent = await loginAs('support_agent');
    expect(await agent.getByRole('link', { name: 'Users' }).count()).toBe(0);
    const auditor = await loginAs('auditor');
    for (const page of [agent, auditor]) {
      const statuses = await page.evaluate(async () => {
        const session = await (await fetch('/v1/auth/session')).json();
        const post = (url: string, body: object) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken }, body: JSON.stringify(body) }).then((r) => r.status);
        return [
          await fetch('/v1/admin/users').then((r) => r.status),
          await post('/v1/admin/users', { email: 'intruder@jume.example', role: 'admin' }),
          await post(`/v1/admin/users/${session.user.id}/disable`, {}),
        ];
      });
      expect(statuses).toEqual([403, 403, 403]);
    }
    await agent.context().close();
    await auditor.context().close();
  });
});
