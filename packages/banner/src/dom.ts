/// <reference lib="dom" />
import { safe } from './safe.ts';
import css from './styles.css';

type Attrs = Record<string, string | false | undefined | ((e: Event) => void)>;
type Child = Node | string | false | undefined | null;

/** Creates an element: string attributes are set, functions become (guarded) listeners, never inline handlers (CSP). */
export function h(tag: string, attrs?: Attrs | null, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const k in attrs) {
    const v = attrs[k];
    if (typeof v === 'function') el.addEventListener(k, safe(v));
    else if (v !== undefined && v !== false) el.setAttribute(k, v);
  }
  for (const c of children) if (c != null && c !== false) el.append(c);
  return el;
}

let sheet: CSSStyleSheet | undefined;

/**
 * Styles a shadow root with a constructed stylesheet: not subject to CSP `style-src` (no inline style, no request),
 * and isolated from the page's CSS. Browsers without constructable stylesheets get dist/pledge.css via <link>,
 * which `style-src 'self'` allows when the script is served from the site's origin.
 */
export function adoptStyles(root: ShadowRoot, href: string): void {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    }
    root.adoptedStyleSheets = [sheet];
  } catch {
    root.append(h('link', { rel: 'stylesheet', href }));
  }
}

/** A shadow host with our styles. */
export function shadowHost(cls: string, href: string): [HTMLElement, ShadowRoot] {
  const host = h('div', { class: cls });
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, href);
  return [host, root];
}
