/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { BannerConfig } from './types.ts';

/** What a URL (`setBy` prefix) or an element (`data-pledge-category`) needs. */
export interface Rule {
  category: string;
  vendor?: string | null;
  prefix?: string;
}

/** Is the category (and vendor) granted? */
export type Allowed = (category: string, vendor?: string | null) => boolean;
/** Shows a placeholder for a blocked frame. */
export type Placeholder = (frame: HTMLIFrameElement, category: string, vendor: string | null) => HTMLElement | undefined;

const CAT = 'data-pledge-category';
const VENDOR = 'data-pledge-vendor';
const HELD = 'data-pledge-held';
const SRC = 'data-pledge-src';
const TYPE = 'data-pledge-type';

const isJs = (s: Element): boolean => {
  const t = (s.getAttribute('type') || '').trim().toLowerCase();
  return !t || t === 'module' || /script$/.test(t);
};

// The page's writes go through the patched setters below; Pledge's own go through the originals.
const E = Element.prototype;
const setA = E.setAttribute;
const set = (el: Element, name: string, value: string): void => setA.call(el, name, value);

function copyScript(from: HTMLScriptElement, skip: RegExp): HTMLScriptElement {
  const s = document.createElement('script');
  for (const a of from.attributes) if (!skip.test(a.name)) set(s, a.name, a.value);
  s.nonce = from.nonce;
  s.text = from.text;
  return s;
}

/** `load` and `error` of the script that runs in place of `to` are fired on `to` too, so the page's handlers run. */
const forward = (from: HTMLScriptElement, to: Element): void => {
  from.onload = from.onerror = (e) => to.dispatchEvent(new Event((e as Event).type));
};

/**
 * Prior blocking, in three layers:
 * 1. Markup declares blocked scripts as `type="text/plain" data-pledge-category` and embeds as `data-pledge-src`.
 * 2. Scripts and frames made by other scripts: the `src` setters (and the script `type` setter) and `setAttribute`
 *    are patched, so that a URL needing a category not granted (or, until the config is known, any http(s) URL) is
 *    kept from the element before it is inserted: the browser makes no request at all.
 * 3. A MutationObserver neutralises what got past that (parser-inserted markup, `innerHTML`) before it runs.
 */
export function createBlocker(
  allowed: Allowed,
  placeholder: Placeholder,
  log: (message: string) => void,
): (config: BannerConfig) => void {
  let rules: Rule[] | null = null;
  const inert = document.implementation.createHTMLDocument('');
  const placeholders = new WeakMap<Element, HTMLElement>();
  const denied = (rule: Rule | undefined): boolean | undefined => rule && !allowed(rule.category, rule.vendor);

  const ruleFor = (el: Element, url: string | null): Rule | undefined => {
    const category = el.getAttribute(CAT);
    if (category) return { category, vendor: el.getAttribute(VENDOR) };
    if (url && rules) return rules.find((r) => url.startsWith(new URL(r.prefix!, location.href).href));
  };

  /** Blocked (the rule's category and vendor noted) or, without a rule, held until the config is known. */
  const mark = (el: Element, rule: Rule | undefined, url: string): void => {
    log((rule ? 'blocked ' : 'held ') + url);
    if (!rule) return set(el, HELD, '');
    el.removeAttribute(HELD);
    set(el, CAT, rule.category);
    if (rule.vendor) set(el, VENDOR, rule.vendor);
  };

  /** A script that stays inert: `text/plain`, its own type kept in `data-pledge-type`. */
  const plain = (s: Element, rule: Rule | undefined, url: string): void => {
    const type = s.getAttribute('type');
    if (type) set(s, TYPE, type);
    set(s, 'type', 'text/plain');
    mark(s, rule, url);
  };

  /**
   * The page writes `src` (or a script's `type`) on a script or frame: true when Pledge takes the write over. A
   * blocked or held script becomes `text/plain` and keeps its `src`, which a script that is not JavaScript never
   * fetches; a frame gets its URL in `data-pledge-src` instead. Never throws: on any doubt the write goes through.
   */
  function gate(el: Element, name: string, value: string): boolean | undefined {
    try {
      const tag = el.tagName;
      if (tag !== 'SCRIPT' && tag !== 'IFRAME') return;
      name = name.toLowerCase();
      if (tag === 'SCRIPT' && !isJs(el)) {
        // Inert already (or a data block, which fetches nothing): the page's type waits in data-pledge-type.
        if (name !== 'type' || !(el.hasAttribute(CAT) || el.hasAttribute(HELD))) return;
        set(el, TYPE, value);
        return true;
      }
      if (name !== 'src') return;
      const url = new URL(value, document.baseURI).href;
      const rule = ruleFor(el, url);
      // Until the config is known nothing says whose a URL is: every http(s) one waits for it.
      if (rule ? !denied(rule) : rules || !/^https?:/.test(url)) return;
      if (tag === 'SCRIPT') {
        plain(el, rule, url);
        set(el, 'src', value);
      } else {
        mark(el, rule, url);
        set(el, SRC, url);
      }
      return true;
    } catch {
      // Not ours to judge: the write goes through as if Pledge were not there.
    }
  }

  try {
    E.setAttribute = function (this: Element, name: string, value: string) {
      if (!gate(this, name, value)) setA.call(this, name, value);
    };
    for (const [C, props] of [
      [HTMLScriptElement, ['src', 'type']],
      [HTMLIFrameElement, ['src']],
    ] as const) {
      for (const p of props) {
        const d = Object.getOwnPropertyDescriptor(C.prototype, p)!;
        Object.defineProperty(C.prototype, p, {
          ...d,
          set(this: Element, v: string) {
            if (!gate(this, p, v)) d.set!.call(this, v);
          },
        });
      }
    }
  } catch (e) {
    // Another script made them unconfigurable: the observer below still neutralises what it can.
    log(String(e));
  }

  function checkScript(s: HTMLScriptElement): void {
    if (!isJs(s)) return;
    const rule = ruleFor(s, s.src);
    // Until the config arrives the rules are unknown: hold scripts that run asynchronously anyway (inserted by
    // script, or `async`); holding parser-blocking ones would change the order the page relies on.
    if (rule ? denied(rule) : !rules && s.src && s.async) {
      const t = copyScript(s, /^$/);
      plain(t, rule, s.src);
      forward(t, s);
      s.replaceWith(t);
      // HTML "execute the script element": a script whose node document is no longer its preparation-time
      // document is not run. A parser-inserted script disconnected before it is prepared is never prepared at all.
      inert.adoptNode(s);
    }
  }

  function checkFrame(f: HTMLIFrameElement): void {
    let src = f.getAttribute(SRC);
    if (src !== null && f.hasAttribute(HELD)) {
      if (!rules) return;
      // Held until the config came; judged now through the setter: it loads, or its URL goes back to data-pledge-src.
      f.removeAttribute(HELD);
      f.removeAttribute(SRC);
      f.src = src;
      src = f.getAttribute(SRC);
    }
    if (src === null) {
      // Already navigating (inserted as markup): a copy without src takes its place (removing it cancels the load).
      if (f.src && denied(ruleFor(f, f.src))) {
        const copy = f.cloneNode() as HTMLIFrameElement;
        copy.removeAttribute('src');
        copy.src = f.src;
        f.replaceWith(copy);
      }
      return;
    }
    if (!rules) return;
    const rule = ruleFor(f, new URL(src, document.baseURI).href);
    const category = rule ? rule.category : 'functional';
    const vendor = (rule && rule.vendor) || null;
    const ph = placeholders.get(f);
    if (allowed(category, vendor)) {
      if (f.getAttribute('src') !== src) set(f, 'src', src);
      f.style.display = '';
      if (ph) {
        const focused = document.activeElement === ph;
        ph.remove();
        placeholders.delete(f);
        if (focused) f.focus();
      }
    } else if (!ph) {
      if (f.getAttribute('src')) set(f, 'src', 'about:blank');
      const made = placeholder(f, category, vendor);
      if (made) placeholders.set(f, made);
    }
  }

  /** A JavaScript script is checked; an inert one (blocked or held) runs, as a copy, once it is allowed. */
  function judge(t: HTMLScriptElement): void {
    if (isJs(t)) return checkScript(t);
    const held = t.hasAttribute(HELD);
    if (held ? !rules : !t.hasAttribute(CAT)) return;
    const rule = ruleFor(t, held ? t.src : null);
    if (denied(rule)) {
      if (held) mark(t, rule, t.src);
      return;
    }
    // Changing an inert script back does not run it everywhere (Firefox marks it started): a copy runs instead.
    const s = copyScript(t, /^(type|data-pledge-(type|held))$/);
    const type = t.getAttribute(TYPE);
    if (type) set(s, 'type', type);
    // Scripts released together run in document order (HTML: "execute in order as soon as possible").
    if (!t.hasAttribute('async')) s.async = false;
    forward(s, t);
    t.replaceWith(s);
    log('released ' + s.src);
  }

  function visit(n: Node): void {
    if (n.nodeType !== 1) return;
    const el = n as Element;
    if (el.tagName === 'SCRIPT') {
      // An inert script with a URL (one held before the config came, say) is judged at once; an inline one waits for
      // the next refresh, as the parser may not have added all of its text yet.
      const s = el as HTMLScriptElement;
      if (s.src || isJs(s)) judge(s);
    } else if (el.tagName === 'IFRAME') checkFrame(el as HTMLIFrameElement);
    else if (el.firstElementChild) el.querySelectorAll('script,iframe').forEach(visit);
  }

  /**
   * Config known (every `setBy` URL prefix of a declared cookie is a rule, with the category and vendor it needs),
   * or a choice made: stops holding, blocks what must be blocked, releases what is allowed.
   */
  function refresh(config: BannerConfig): void {
    rules = config.categories.flatMap((c) =>
      c.required ? [] : c.cookies.flatMap((k) => (k.setBy || []).map((prefix) => ({ prefix, category: c.id, vendor: k.vendor }))),
    );
    document.querySelectorAll<HTMLScriptElement>('script[' + CAT + '],script[' + HELD + ']').forEach(judge);
    document.querySelectorAll('iframe').forEach((f) => checkFrame(f));
  }

  new MutationObserver((records) => {
    try {
      for (const r of records) r.addedNodes.forEach(visit);
    } catch (e) {
      log(String(e));
    }
  }).observe(document.documentElement, { childList: true, subtree: true });

  return refresh;
}
