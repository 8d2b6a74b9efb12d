const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and quoted attribute values. Every manifest string goes through this. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);
}

/**
 * A link target that cannot run script: web, mail and phone links and in-page anchors pass; anything else (for
 * example `javascript:`, which a URL validator accepts) becomes an inert `#`.
 */
export function safeHref(href: string): string {
  return /^(https?:|mailto:|tel:|#)/i.test(href.trim()) ? href.trim() : '#';
}

/** Escapes Markdown syntax and raw HTML in text, so manifest strings are shown as written. */
export function escapeMarkdown(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}
