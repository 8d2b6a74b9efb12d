import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { currentTotpCode } from '../packages/server/src/accounts/totp.ts';
import type { Role } from '@pledge/server';
import { axeViolations, describeViolations, newContext, screenshot, tabUntil } from './support/browser.ts';
import { PASSWORD, startE2eServer } from './support/e2e-server.ts';
import { useServerAndBrowser } from './support/server-and-browser.ts';

const stage = useServerAndBrowser(startE2eServer);

/** Logs in through the form, by keyboard only. */
async function loginAs(role: Role, lang: 'en' | 'nl' = 'en', path = '/admin/requests'): Promise<Page> {
  const context = await newContext(stage.browser, stage.server.origin, { locale: lang === 'nl' ? 'nl-NL' : 'en-GB' });
  const page = await context.newPage();
  await page.goto(stage.server.origin + path);
  await page.waitForURL(/\/admin\/login/);
  await page.locator('input[type=email]').waitFor();
  await tabUntil(page, (el) => el.tag === 'input' && (el.label ?? '').includes(lang === 'nl' ? 'E-mailadres' : 'E-mail'));
  await page.keyboard.type(stage.server.email(role));
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await page.waitForURL(stage.server.origin + path);
  await page.locator('h1').first().waitFor();
  return page;
}

const PAGES = [
  { path: '/admin/requests', name: 'requests' },
  { path: '/admin/consent', name: 'consent' },
  { path: '/admin/data-map', name: 'data-map' },
  { path: '/admin/notice', name: 'notice' },
  { path: '/admin/records', name: 'records' },
];

describe('admin console', () => {
  it('sends anyone without a session to the login page, which has no axe violations', async () => {
    const context = await newContext(stage.browser, stage.server.origin);
    const page = await context.newPage();
    for (const { path } of PAGES) {
      await page.goto(stage.server.origin + path);
      await page.waitForURL(/\/admin\/login\?next=/);
    }
    await page.locator('h1').waitFor();
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await screenshot(page, 'admin-login-en');
    const api = await page.evaluate(() => fetch('/v1/admin/manifest').then((r) => r.status));
    expect(api).toBe(401);
    await context.close();
  });

  for (const lang of ['en', 'nl'] as const) {
    it(`shows every page to a privacy officer in ${lang} without axe violations`, async () => {
      if (lang === 'en') await stage.server.seedRequests();
      const page = await loginAs('privacy_officer', lang);
      for (const { path, name } of PAGES) {
        await page.goto(stage.server.origin + path);
        await page.locator('h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        if (name === 'consent') expect(await page.locator('.chart svg polyline').count()).toBeGreaterThan(0);
        const violations = await axeViolations(page);
        expect(violations, `${path}\n${describeViolations(violations)}`).toEqual([]);
        await screenshot(page, `admin-${name}-${lang}`);
      }
      await page.context().close();
    });
  }

  it('asks for the TOTP code after the password', async () => {
    const context = await newContext(stage.browser, stage.server.origin);
    const page = await context.newPage();
    await page.goto(stage.server.origin + '/admin/login');
    await page.locator('input[type=email]').fill('totp@jume.example');
    await page.locator('input[type=password]').fill(PASSWORD);
    await page.keyboard.press('Enter');
    const code = page.locator('input[autocomplete=one-time-code]');
    await code.waitFor();
    await code.fill(currentTotpCode(stage.server.totpSecret));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/admin\/requests$/);
    await context.close();
  });

  it('says a wrong password in words, the same as an unknown address', async () => {
    const context = await newContext(stage.browser, stage.server.origin);
    const page = await context.newPage();
    await page.goto(stage.server.origin + '/admin/login');
    for (const email of ['admin@jume.example', 'nobody@jume.example']) {
      await page.locator('input[type=email]').fill(email);
      await page.locator('input[type=password]').fill('not the password');
      await page.keyboard.press('Enter');
      await page.getByRole('alert').filter({ hasText: 'The e-mail address or password is not correct.' }).waitFor();
    }
    await context.close();
  });
});

describe('roles in the console', () => {
  it('does not offer a support agent to publish the notice, and the server refuses it anyway', async () => {
    const page = await loginAs('support_agent', 'en', '/admin/notice');
    expect(await page.getByRole('button', { name: 'Publish a new version' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Records' }).count()).toBe(0);
    const status = await page.evaluate(async () => {
      const session = await (await fetch('/v1/auth/session')).json();
      const res = await fetch('/v1/admin/notice/publish', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken }, body: '{}' });
      return res.status;
    });
    expect(status).toBe(403);
    await page.context().close();
  });

  it('lets an auditor read but change nothing', async () => {
    const page = await loginAs('auditor', 'en', '/admin/records');
    await page.getByText('Hash chain intact').waitFor();
    await page.goto(stage.server.origin + '/admin/notice');
    await page.locator('h1').waitFor();
    expect(await page.getByRole('button', { name: 'Publish a new version' }).count()).toBe(0);
    const statuses = await page.evaluate(async () => {
      const session = await (await fetch('/v1/auth/session')).json();
      const post = (url: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken }, body: '{}' }).then((r) => r.status);
      return [await post('/v1/admin/notice/publish'), await post('/v1/admin/keys')];
    });
    expect(statuses).toEqual([403, 403]);
    await page.context().close();
  });

  it('lets a privacy officer publish, and then compare versions', async () => {
    const page = await loginAs('privacy_officer', 'en', '/admin/notice');
    await tabUntil(page, (el) => el.tag === 'button' && el.text === 'Publish a new version');
    await page.keyboard.press('Enter');
    await page.getByText('Published as version 1.').waitFor();
    await page.context().close();
  });
});
