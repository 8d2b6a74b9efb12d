/// <reference lib="dom" />
import { createBlocker } from './blocking.ts';
import { deleteDeclared } from './cleanup.ts';
import { CONSENT_COOKIE, consentCookieString, decodeChoice, encodeChoice, readCookie } from './consent-cookie.ts';
import { consentModeValues, gtag, pushConsentDefault } from './consent-mode.ts';
import { expiryDays, forcedOff, isAllowed, isCurrent, makeChoice } from './consent-state.ts';
import { createUi, type Ui } from './dialog.ts';
import { sendRecord } from './record.ts';
import { safe } from './safe.ts';
import type { BannerConfig, Choice, ConsentMethod, ConsentState } from './types.ts';

type Picked = { categories: Record<string, boolean>; vendors: Record<string, boolean> };

export interface PledgeApi {
  consent(): ConsentState;
  on(event: 'change' | 'ready', fn: (state: ConsentState) => void): () => void;
  open(): void;
}

function randomId(): string {
  // getRandomValues works outside secure contexts too (randomUUID does not).
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => (b + 256).toString(16).slice(1)).join('');
}

function loadConfig(ref: string, site: string | null, lang: string): Promise<BannerConfig> {
  // Inline config: a <script type="application/json" id="…"> placed before the banner script.
  if (ref[0] === '#') return Promise.resolve().then(() => JSON.parse(document.getElementById(ref.slice(1))!.textContent!));
  const url = new URL(ref, location.href);
  if (site) url.searchParams.set('site', site);
  url.searchParams.set('lang', lang);
  return fetch(url.href, { credentials: 'omit' }).then((r) => {
    if (!r.ok) throw 'HTTP ' + r.status;
    return r.json();
  });
}

export function startPledge(script: HTMLScriptElement | null): PledgeApi {
  const attr = (name: string): string | null => (script ? script.getAttribute('data-' + name) : null);
  const site = attr('site');
  const endpoint = attr('endpoint');
  const css = new URL('pledge.css', (script && script.src) || location.href).href;
  const nav = navigator as Navigator & { globalPrivacyControl?: boolean };
  const dnt = nav.doNotTrack === '1' || (window as { doNotTrack?: string }).doNotTrack === '1';
  let testMode = !!script && script.hasAttribute('data-test-mode');
  let config: BannerConfig | undefined;
  let choice: Choice | undefined;
  let gpc = nav.globalPrivacyControl === true;
  let off: string[] = [];
  let ui: Ui | undefined;
  let wantOpen = false;
  let ready = false;
  const stored = decodeChoice(readCookie(CONSENT_COOKIE, document.cookie));
  const listeners: Record<string, ((s: ConsentState) => void)[]> = {};
  const log = (m: string): void => {
    if (testMode) console.info('[pledge] ' + m);
  };
  const allowed = (category: string, vendor?: string | null): boolean => isAllowed(choice, category, vendor);

  // Consent Mode default first, before any tag can read it.
  pushConsentDefault();
  const refresh = createBlocker(allowed, (f, c, v) => ui && ui.placeholder(f, c, v), log);

  function state(): ConsentState {
    const s: ConsentState = { decided: !!choice, categories: {}, vendors: {}, gpc };
    if (config) for (const c of config.categories) s.categories[c.id] = allowed(c.id);
    if (choice) {
      s.vendors = { ...choice.vendors };
      s.method = choice.method;
      s.subjectId = choice.subjectId;
      s.time = new Date(choice.time).toISOString();
      if (choice.receipt) s.receipt = choice.receipt;
    }
    return s;
  }

  function emit(event: string): void {
    for (const fn of listeners[event] || []) safe(fn)(state());
  }

  function save(cfg: BannerConfig, c: Choice): void {
    document.cookie = consentCookieString(encodeChoice(c), expiryDays(c, cfg) * 86400, location.protocol === 'https:', attr('cookie-domain'));
  }

  /** Applies the current choice: deletes what is no longer allowed, releases what is, tells Consent Mode. */
  function apply(cfg: BannerConfig): void {
    for (const c of cfg.categories) if (!c.required) for (const k of c.cookies) if (!allowed(c.id, k.vendor)) deleteDeclared(k);
    refresh(cfg);
    if (choice) gtag('consent', 'update', consentModeValues(cfg, allowed));
  }

  function decide(method: ConsentMethod, picked?: Picked, exempt?: string | null): void {
    const cfg = config!;
    const c = (choice = makeChoice(cfg, method, choice || stored, off, randomId(), picked, exempt));
    save(cfg, c);
    apply(cfg);
    if (ui) ui.floating();
    emit('change');
    if (!endpoint) return;
    void sendRecord(endpoint, {
      ...(site ? { site } : {}),
      subjectId: c.subjectId,
      choices: state().categories,
      vendors: c.vendors,
      method,
      noticeVersion: cfg.noticeVersion,
      textVersion: cfg.textVersion,
      language: cfg.language,
      consentMode: consentModeValues(cfg, allowed),
      gpc,
      dnt,
      ...(testMode ? { test: true as const } : {}),
    }).then(
      safe((receipt) => {
        if (receipt && choice === c) {
          c.receipt = receipt;
          save(cfg, c);
        }
      }),
    );
  }

  function init(cfg: BannerConfig): void {
    config = cfg;
    testMode = testMode || !!cfg.testMode;
    gpc = gpc || cfg.gpc.detected;
    off = forcedOff(cfg, gpc, dnt);
    const notes = [gpc && cfg.gpc.honoured && cfg.gpc.off.length > 0 && cfg.texts.gpcNote, dnt && cfg.dnt.off.length > 0 && cfg.texts.dntNote].filter(
      (n): n is string => !!n,
    );
    const optional = cfg.categories.filter((c) => !c.required);
    let toast: string | undefined;
    let ask = false;
    if (isCurrent(stored, cfg, Date.now())) {
      choice = stored;
      // A signal that appeared since the choice switches its categories off, recorded as such.
      if (off.some((id) => stored.categories[id])) {
        decide(gpc ? 'gpc' : 'dnt', stored);
        toast = notes[0];
      } else apply(cfg);
    } else if (optional.length > 0 && optional.every((c) => off.includes(c.id))) {
      decide(gpc && cfg.gpc.off.length > 0 ? 'gpc' : 'dnt');
      toast = notes[0];
    } else {
      apply(cfg);
      ask = optional.length > 0;
    }
    const show = safe(() => {
      ui = createUi(cfg, off, notes, testMode, css, () => choice, safe(decide), safe(grant));
      refresh(cfg);
      if (ask) ui.open(1);
      else if (choice) ui.floating();
      if (toast) ui.toast(toast);
      if (wantOpen) ui.open(2);
    });
    // Shown as soon as <body> exists, not at DOMContentLoaded: the banner is then visible at first paint.
    if (document.body) show();
    else {
      const wait = new MutationObserver(() => {
        if (document.body) {
          wait.disconnect();
          show();
        }
      });
      wait.observe(document.documentElement, { childList: true });
    }
    ready = true;
    emit('ready');
  }

  function grant(category: string, vendor: string | null): void {
    const cfg = config!;
    const picked = { categories: { ...(choice ? choice.categories : {}) }, vendors: { ...(choice ? choice.vendors : {}) } };
    const known = vendor && cfg.vendors.some((v) => v.id === vendor);
    if (!known) picked.categories[category] = true;
    decide('custom', picked, known ? vendor : null);
  }

  const lang = (attr('lang') || document.documentElement.lang || navigator.language || 'en').slice(0, 2).toLowerCase();
  const ref = attr('config');
  if (ref) loadConfig(ref, site, lang).then(safe(init), (e) => console.warn('[pledge] no config, everything optional stays blocked', e));

  document.addEventListener(
    'click',
    safe((e: Event) => {
      const t = e.target as Element;
      if (t.closest && t.closest('[data-pledge-open]')) {
        e.preventDefault();
        api.open();
      }
    }),
  );

  const api: PledgeApi = {
    consent: () => safe(state)() || { decided: false, categories: {}, vendors: {}, gpc },
    on(event, fn) {
      (listeners[event] = listeners[event] || []).push(fn);
      // Late `ready` listeners are called at once.
      if (event === 'ready' && ready) safe(fn)(state());
      return () => {
        listeners[event] = (listeners[event] || []).filter((f) => f !== fn);
      };
    },
    open: safe(() => {
      if (ui) ui.open(2);
      else wantOpen = true;
    }),
  };
  return api;
}
