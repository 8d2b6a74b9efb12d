import type { Role } from '@pledge/server';
import type { Browser, Page } from 'playwright-core';
import { newContext } from './browser.ts';
import { PASSWORD, type E2eServer } from './e2e-server.ts';

/** A fresh browser profile that opens a request page in the console, logs in as `role` there, and waits for `ready`. */
export async function openRequestAs(stage: { server: E2eServer; browser: Browser }, role: Role, id: string, options: { lang?: 'en' | 'nl'; ready: string }): Promise<Page> {
  const page = await (await newContext(stage.browser, stage.server.origin, { locale: options.lang === 'nl' ? 'nl-NL' : 'en-GB' })).newPage();
  await page.goto(`${stage.server.origin}/admin/requests/${id}`);
  await page.locator('input[type=email]').fill(stage.server.email(role));
  await page.locator('input[type=password]').fill(PASSWORD);
  await page.keyboard.press('Enter');
  await page.locator(options.ready).waitFor();
  return page;
}
