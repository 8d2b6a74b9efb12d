/// <reference lib="dom" />
// Entry point of dist/pledge.js. Include it first in <head>, synchronously, so that it sees every script after it.
import { startPledge, type PledgeApi } from './pledge.ts';
import { safe } from './safe.ts';

declare global {
  interface Window {
    Pledge?: PledgeApi;
  }
}

// The global is installed once: a second copy of the script on the page does nothing.
if (!window.Pledge) {
  const api = safe(startPledge)(document.currentScript as HTMLScriptElement | null);
  if (api) window.Pledge = api;
}
