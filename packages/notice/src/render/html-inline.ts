import type { Inline, Rich } from '../model/notice-model.ts';
import { escapeHtml, safeHref } from './escape.ts';

/** One inline as HTML; text in another language than the page carries its own `lang` (WCAG 2.2 SC 3.1.2). */
export function inlineHtml(inline: Inline): string {
  const lang = inline.lang ? ` lang="${inline.lang}"` : '';
  if (inline.kind === 'link') {
    const action = inline.action === 'open-consent' ? ' data-pledge-open role="button"' : inline.action === 'do-not-sell' ? ' data-pledge-do-not-sell' : '';
    const cls = inline.action ? ' class="pledge-action"' : '';
    return `<a href="${escapeHtml(safeHref(inline.href))}"${action}${cls}${lang}>${escapeHtml(inline.text)}</a>`;
  }
  const body = escapeHtml(inline.text);
  const wrapped = lang ? `<span${lang}>${body}</span>` : body;
  return inline.strong ? `<strong>${wrapped}</strong>` : wrapped;
}

export const richHtml = (rich: Rich): string => rich.map(inlineHtml).join('');
