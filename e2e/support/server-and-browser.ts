import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';

export interface ServerAndBrowser<S> {
  readonly server: S;
  readonly browser: Browser;
}

/** One Pledge server and one Chromium for a test file: started together before its tests, closed after them. */
export function useServerAndBrowser<S extends { close(): Promise<void> }>(start: () => Promise<S>): ServerAndBrowser<S> {
  let server: S | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([start(), launchChromium()]);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the server and browser start in beforeAll; use them inside tests');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
  };
}
