/// <reference lib="dom" />
import type { BannerConfig } from './types.ts';

export interface Rule {
  prefix: string;
  category: string;
  vendor?: string;
}

export interface Blocker {
  /** Rules known (config loaded): the next refresh stops holding, blocks what must be blocked, runs what is allowed. */
  setRules(rules: Rule[]): void;
  /** Re-evaluates every blocked script and embed after a choice. */
  refresh(): void;
}

export interface BlockerOptions {
  allowed(category: string, vendor?: string | null): boolean;
  placeholder(frame: HTMLIFrameElement, category: string, vendor: string | null): HTMLElement | undefined;
  log(message: string): void;
}

const CAT = 'data-pledge-category';
const VENDOR = 'data-pledge-vendor';
const HELD = 'data-pledge-held';
const SRC = 'data-pledge-src';

/** Every `setBy` URL prefix of a declared cookie, with the category (and vendor) that must be granted first. */
export function rulesFrom(config: BannerConfig): Rule[] {
  return config.categories.flatMap((c) =>
    c.required ? [] : c.cookies.flatMap((k) => (k.setBy || []).map((prefix) => ({ prefix, category: c.id, vendor: k.vendor }))),
  );
}

export function matchRule(url: string, rules: Rule[], base: string): Rule | undefined {
  return rules.find((r) => url.startsWith(new URL(r.prefix, base).href));
}

const isJs = (s: Element): boolean => {
  const t = (s.getAttribute('type') || '').trim().toLowerCase();
  return !t || t === 'module' || /script$/.test(t);
};

function copyScript(from: HTMLScriptElement, skip: RegExp): HTMLScriptElement {
  const s = document.createElement('script');
  for (let i = 0; i < from.attributes.length; i++) {
    const a = from.attributes[i]!;
    if (!skip.test(a.name)) s.setAttribute(a.name, a.value);
  }
  s.nonce = from.nonce;
  s.text = from.text;
  return s;
}

/**
 * Prior blocking. Markup declares blocked scripts as `type="text/plain" data-pledge-category` and embeds as
 * `data-pledge-src`; scripts and frames inserted later (by tag managers) are caught by a MutationObserver and, when
 * their URL matches a declared `setBy` prefix of a category not granted, neutralised before they run.
 */
export function createBlocker(self: HTMLScriptElement | null, o: BlockerOptions): Blocker {
  let rules: Rule[] | null = null;
  const inert = document.implementation.createHTMLDocument('');
  const placeholders = new WeakMap<Element, HTMLElement>();

  const ruleFor = (el: Element, url: string | null): Rule | undefined => {
    const category = el.getAttribute(CAT);
    if (category) return { prefix: '', category, vendor: el.getAttribute(VENDOR) || undefined };
    return url && rules ? matchRule(url, rules, location.href) : undefined;
  };

  function neutralise(s: HTMLScriptElement, rule: Rule | undefined): void {
    const t = copyScript(s, /^type$/);
    const type = s.getAttribute('type');
    if (type) t.setAttribute('data-pledge-type', type);
    t.type = 'text/plain';
    if (rule) {
      t.setAttribute(CAT, rule.category);
      if (rule.vendor) t.setAttribute(VENDOR, rule.vendor);
    } else t.setAttribute(HELD, '');
    s.replaceWith(t);
    // HTML "execute the script element": a script whose node document is no longer its preparation-time document
    // is not run. A parser-inserted script that is disconnected before it is prepared is never prepared at all.
    inert.adoptNode(s);
    o.log((rule ? 'blocked ' : 'held ') + s.src);
  }

  function checkScript(s: HTMLScriptElement): void {
    if (s === self || !isJs(s)) return;
    const rule = ruleFor(s, s.src);
    // Until the config arrives the rules are unknown: hold scripts that run asynchronously anyway (inserted by
    // script, or `async`); holding parser-blocking ones would change the order the page relies on.
    if (rule ? !o.allowed(rule.category, rule.vendor) : !rules && s.src && s.async) neutralise(s, rule);
  }

  function checkFrame(f: HTMLIFrameElement): void {
    const src = f.getAttribute(SRC);
    if (src === null) {
      const rule = f.src ? ruleFor(f, f.src) : undefined;
      if (!rule || o.allowed(rule.category, rule.vendor)) return;
      // Already navigating: swap in a copy without src (removing the frame cancels the load).
      const copy = f.cloneNode() as HTMLIFrameElement;
      copy.removeAttribute('src');
      copy.setAttribute(SRC, f.src);
      copy.setAttribute(CAT, rule.category);
      if (rule.vendor) copy.setAttribute(VENDOR, rule.vendor);
      f.replaceWith(copy);
      return;
    }
    if (!rules) return;
    const rule = ruleFor(f, new URL(src, location.href).href);
    const category = rule ? rule.category : 'functional';
    const vendor = rule && rule.vendor ? rule.vendor : null;
    const ph = placeholders.get(f);
    if (o.allowed(category, vendor)) {
      if (f.getAttribute('src') !== src) f.setAttribute('src', src);
      f.style.display = '';
      if (ph) {
        const focused = document.activeElement === ph;
        ph.remove();
        placeholders.delete(f);
        if (focused) f.focus();
      }
    } else if (!ph) {
      if (f.getAttribute('src')) f.setAttribute('src', 'about:blank');
      const made = o.placeholder(f, category, vendor);
      if (made) placeholders.set(f, made);
    }
  }

  function visit(n: Node): void {
    if (n.nodeType !== 1) return;
    const el = n as Element;
    if (el.tagName === 'SCRIPT') checkScript(el as HTMLScriptElement);
    else if (el.tagName === 'IFRAME') checkFrame(el as HTMLIFrameElement);
    else if (el.firstElementChild) el.querySelectorAll('script,iframe').forEach(visit);
  }

  function refresh(): void {
    document.querySelectorAll('script[' + CAT + '],script[' + HELD + ']').forEach((n) => {
      const t = n as HTMLScriptElement;
      if (isJs(t)) return checkScript(t);
      const held = t.hasAttribute(HELD);
      if (held && !rules) return;
      const rule = ruleFor(t, held ? t.src : null);
      if (rule && !o.allowed(rule.category, rule.vendor)) {
        if (held) {
          t.removeAttribute(HELD);
          t.setAttribute(CAT, rule.category);
          if (rule.vendor) t.setAttribute(VENDOR, rule.vendor);
        }
        return;
      }
      const s = copyScript(t, /^(type|data-pledge-type|data-pledge-held)$/);
      const type = t.getAttribute('data-pledge-type');
      if (type) s.setAttribute('type', type);
      // Scripts released together run in document order (HTML: "execute in order as soon as possible").
      if (!t.hasAttribute('async')) s.async = false;
      t.replaceWith(s);
      o.log('released ' + s.src);
    });
    document.querySelectorAll('iframe').forEach((f) => checkFrame(f));
  }

  new MutationObserver((records) => {
    try {
      for (const r of records) r.addedNodes.forEach(visit);
    } catch (e) {
      o.log(String(e));
    }
  }).observe(document.documentElement, { childList: true, subtree: true });

  return {
    setRules(r) {
      rules = r;
    },
    refresh,
  };
}
