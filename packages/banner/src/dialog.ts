/// <reference lib="dom" />
import { isAllowed } from './consent-state.ts';
import { h, shadowHost } from './dom.ts';
import { safe } from './safe.ts';
import type { BannerCategory, BannerConfig } from '../../manifest/src/compile/banner-config.ts';
import type { Choice, ConsentMethod } from './types.ts';

type Picked = { categories: Record<string, boolean>; vendors: Record<string, boolean> };

export interface Ui {
  open(layer: 1 | 2): void;
  floating(): void;
  toast(text: string): void;
  placeholder(frame: HTMLIFrameElement, category: string, vendor: string | null): HTMLElement;
}

/**
 * The two layers (choice, settings), the floating reopen button, the GPC toast and embed placeholders.
 * `off`: categories a browser signal switched off, shown off and locked. `notes`: the signal notes shown on both
 * layers. `css`: URL of pledge.css, for browsers without constructable stylesheets.
 */
export function createUi(
  config: BannerConfig,
  off: string[],
  notes: string[],
  testMode: boolean,
  css: string,
  choice: () => Choice | undefined,
  decide: (method: ConsentMethod, picked?: Picked) => void,
  grant: (category: string, vendor: string | null) => void,
): Ui {
  const T = config.texts;
  const [host, root] = shadowHost('pledge', css);
  host.id = 'pledge';
  let layerEl: HTMLElement | null = null;
  let dialog: HTMLElement | null = null;
  let layer = 0;
  let fromFirst = false;
  let restore: Element | null = null;
  let floatEl: HTMLElement | null = null;

  const mount = (): void => {
    if (!host.isConnected) document.body.append(host);
  };
  const button = (cls: string, text: string | Node, click: () => void, label?: string): HTMLElement =>
    h('button', { type: 'button', class: cls, click, 'aria-label': label, title: label }, text);
  const link = (): Node | false => !!config.privacyUrl && h('a', { href: config.privacyUrl }, T.privacyLink);
  const noteEls = (): HTMLElement[] => notes.map((n) => h('p', { class: 'note' }, n));
  const test = (): Node | false => testMode && h('p', { class: 'test' }, T.testMode);
  const pick = (method: ConsentMethod, picked?: Picked): void => {
    close();
    decide(method, picked);
  };

  const actions = (second: boolean): HTMLElement =>
    h(
      'div',
      { class: 'actions' },
      // Accept and reject: the same element, size and style (equally prominent).
      button('btn', T.acceptAll, () => pick('accept_all')),
      button('btn', T.rejectAll, () => pick('reject_all')),
      second ? button('btn alt', T.save, save) : button('btn alt', T.settings, () => open(2)),
    );

  const frame = (cls: string, labelId: string, ...content: (Node | false)[]): HTMLElement =>
    h(
      'div',
      null,
      h('div', { class: 'backdrop' }),
      h('div', { class: cls, role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': labelId, tabindex: '-1', lang: config.language }, ...content),
    );

  const first = (): HTMLElement =>
    frame(
      'box',
      'pt',
      h('h2', { id: 'pt' }, T.title),
      ...noteEls(),
      h('p', null, T.body, ' ', link()),
      actions(false),
      test(),
    );

  function toggle(attrs: Record<string, string>, on: boolean, locked: boolean): HTMLInputElement {
    const i = h('input', { type: 'checkbox', role: 'switch', ...attrs }) as HTMLInputElement;
    i.checked = on && !locked;
    i.disabled = locked;
    return i;
  }

  function category(c: BannerCategory, current: Choice | undefined): HTMLElement {
    const locked = off.includes(c.id);
    const id = 'c-' + c.id;
    return h(
      'section',
      { class: 'cat' },
      h(
        'div',
        { class: 'row' },
        h('h3', { id }, c.name),
        c.required
          ? h('span', { class: 'always' }, T.alwaysOn)
          : toggle({ 'data-c': c.id, 'aria-labelledby': id, 'aria-describedby': 'd-' + c.id }, !!current && current.categories[c.id] === true, locked),
      ),
      h('p', { id: 'd-' + c.id, class: 'desc' }, c.description),
      c.vendors.length > 0 &&
        h(
          'ul',
          { class: 'vendors', 'aria-label': T.vendors },
          ...c.vendors.map((v) => {
            const vendor = config.vendors.find((x) => x.id === v)!;
            const vid = 'v-' + c.id + '-' + v;
            return h(
              'li',
              null,
              h(
                'label',
                null,
                toggle({ 'data-v': v, 'aria-labelledby': vid, 'aria-describedby': vid + 's' }, isAllowed(current, c.id, v), locked),
                h('span', null, h('b', { id: vid }, vendor.name), h('span', { id: vid + 's', class: 'svc' }, vendor.service)),
              ),
            );
          }),
        ),
      h(
        'details',
        null,
        h('summary', null, T.cookies + ' (' + c.cookies.length + ')'),
        h('ul', { class: 'cookies' }, ...c.cookies.map((k) => h('li', null, h('code', null, k.name), ' ' + k.provider + ' · ' + k.duration, h('br'), k.purpose))),
      ),
    );
  }

  function settings(): HTMLElement {
    const current = choice();
    const el = frame(
      'box wide',
      'st',
      h('div', { class: 'head' }, h('h2', { id: 'st' }, T.settingsTitle), button('x', '×', closeSettings, T.close)),
      h('div', { class: 'body' }, h('p', null, T.settingsIntro, ' ', link()), ...noteEls(), ...config.categories.map((c) => category(c, current))),
      actions(true),
      test(),
    );
    // Switching a category switches its vendors; one vendor listed twice stays consistent.
    el.addEventListener('change', safe((e: Event) => {
      const t = e.target as HTMLInputElement;
      const c = t.getAttribute('data-c');
      const v = t.getAttribute('data-v');
      const sel = c ? null : '[data-v="' + v + '"]';
      (c ? t.closest('section')! : el).querySelectorAll<HTMLInputElement>(sel || '[data-v]').forEach((i) => {
        if (!i.disabled) i.checked = t.checked;
      });
    }));
    return el;
  }

  function save(): void {
    const picked: Picked = { categories: {}, vendors: {} };
    root.querySelectorAll('input').forEach((i) => {
      const c = i.getAttribute('data-c');
      if (c) picked.categories[c] = i.checked;
      else picked.vendors[i.getAttribute('data-v')!] = i.checked;
    });
    pick('custom', picked);
  }

  function open(n: 1 | 2): void {
    mount();
    if (!dialog) restore = document.activeElement === host ? root.activeElement : document.activeElement;
    fromFirst = n === 2 && (layer === 1 || (!layer && !choice()));
    if (layerEl) layerEl.remove();
    layerEl = n === 1 ? first() : settings();
    root.append(layerEl);
    dialog = layerEl.querySelector<HTMLElement>('[role=dialog]');
    layer = n;
    dialog!.focus();
    if (n === 1) performance.mark('pledge:visible');
  }

  function close(): void {
    if (layerEl) layerEl.remove();
    layerEl = dialog = null;
    layer = 0;
    if (restore && (restore as HTMLElement).focus) (restore as HTMLElement).focus();
  }

  function closeSettings(): void {
    if (fromFirst) open(1);
    else close();
  }

  root.addEventListener('keydown', safe((ev: Event) => {
    const e = ev as KeyboardEvent;
    if (!dialog) return;
    // Escape closes the settings layer; on the first layer it is no choice, so the banner stays.
    if (e.key === 'Escape' && layer === 2) {
      e.preventDefault();
      closeSettings();
    }
    if (e.key !== 'Tab') return;
    const items = Array.from(dialog.querySelectorAll<HTMLElement>('button,input,a[href],summary')).filter(
      (i) => !(i as HTMLInputElement).disabled && i.getClientRects().length > 0,
    );
    const active = root.activeElement;
    const edge = e.shiftKey ? active === items[0] || active === dialog : active === items[items.length - 1];
    if (edge) {
      e.preventDefault();
      items[e.shiftKey ? items.length - 1 : 0]!.focus();
    }
  }));
  // Focus stays in the modal dialog even when something else tries to take it.
  document.addEventListener(
    'focusin',
    safe((e: Event) => {
      if (dialog && e.target !== host) dialog.focus();
    }),
    true,
  );

  return {
    open,
    floating() {
      if (floatEl || !config.categories.some((c) => !c.required)) return;
      mount();
      const ns = 'http://www.w3.org/2000/svg';
      const svg = document.createElementNS(ns, 'svg');
      svg.setAttribute('viewBox', '0 0 24 24');
      svg.setAttribute('aria-hidden', 'true');
      svg.appendChild(document.createElementNS(ns, 'path')).setAttribute('d', 'M12 2 4 5v6c0 5 3.4 9.7 8 11 4.6-1.3 8-6 8-11V5zm-1 14-4-4 1.4-1.4 2.6 2.6 5.6-5.6L18 9z');
      root.append((floatEl = button('float', svg, () => open(2), T.floating)));
    },
    toast(text) {
      mount();
      const t: HTMLElement = h('div', { class: 'toast', role: 'status', lang: config.language }, h('p', null, text), button('x', '×', () => t.remove(), T.close));
      root.append(t);
    },
    placeholder(f, cat, vendor) {
      const v = config.vendors.find((x) => x.id === vendor);
      const name = (v && v.name) || f.getAttribute('data-pledge-provider') || (config.categories.find((c) => c.id === cat) || { name: cat }).name;
      const fill = (text: string): string => text.split('{vendor}').join(name);
      const [ph, shadow] = shadowHost('pledge-placeholder', css);
      // Same box as the frame (CSSOM, allowed under CSP), so swapping them shifts nothing.
      const r = f.getBoundingClientRect();
      const w = r.width || Number(f.width);
      const hh = r.height || Number(f.height);
      if (w && hh) {
        ph.style.maxWidth = w + 'px';
        ph.style.aspectRatio = w + '/' + hh;
      }
      shadow.append(
        h('div', { class: 'ph', role: 'group', 'aria-label': name, lang: config.language }, h('p', null, fill(T.placeholder)), button('btn', fill(T.load), () => grant(cat, vendor))),
      );
      f.before(ph);
      f.style.display = 'none';
      return ph;
    },
  };
}
