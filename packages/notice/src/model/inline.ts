import type { Inline, LinkInline, Rich, TextInline } from './notice-model.ts';

export type Fill = string | number | Inline | Rich;

export const text = (value: string, extra: Partial<Omit<TextInline, 'kind' | 'text'>> = {}): TextInline => ({ kind: 'text', text: value, ...extra });
export const link = (href: string, value: string, extra: Partial<Omit<LinkInline, 'kind' | 'href' | 'text'>> = {}): LinkInline => ({
  kind: 'link',
  href,
  text: value,
  ...extra,
});

function toInlines(value: Fill): Inline[] {
  if (typeof value === 'string' || typeof value === 'number') return [text(String(value))];
  if (Array.isArray(value)) return [...(value as Rich)];
  return [value as Inline];
}

/**
 * Fills `{name}` placeholders of a message with plain strings or inline content (links, fallback-language text),
 * keeping each value a separate inline so renderers escape and mark it up correctly.
 */
export function fill(template: string, values: Readonly<Record<string, Fill>> = {}): Inline[] {
  const out: Inline[] = [];
  const pattern = /\{(\w+)\}/g;
  let last = 0;
  for (let match = pattern.exec(template); match; match = pattern.exec(template)) {
    if (match.index > last) out.push(text(template.slice(last, match.index)));
    const key = match[1] as string;
    const value = values[key];
    if (value === undefined) throw new Error(`Message placeholder {${key}} has no value in "${template}"`);
    out.push(...toInlines(value));
    last = match.index + match[0].length;
  }
  if (last < template.length) out.push(text(template.slice(last)));
  return mergeText(out.map((inline, i) => (i > 0 ? avoidDoubleStop(out[i - 1]!, inline) : inline)));
}

/** A manifest text that ends its own sentence ("… that party.") followed by the message's full stop keeps one. */
function avoidDoubleStop(prev: Inline, next: Inline): Inline {
  if (next.kind !== 'text' || !next.text.startsWith('.') || !/[.!?]$/.test(prev.text)) return next;
  return { ...next, text: next.text.slice(1) };
}

/** Joins rich fragments with a separator. */
export function joinRich(parts: readonly Rich[], separator: string): Inline[] {
  const out: Inline[] = [];
  parts.forEach((part, i) => {
    if (i > 0) out.push(text(separator));
    out.push(...part);
  });
  return mergeText(out);
}

/** The plain text of rich content, for tests, captions and the JSON form's search text. */
export const plainText = (rich: Rich): string => rich.map((i) => i.text).join('');

/** Merges neighbouring plain runs so the output stays small. */
function mergeText(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    const prev = out[out.length - 1];
    if (inline.kind === 'text' && prev?.kind === 'text' && isPlain(prev) && isPlain(inline)) {
      out[out.length - 1] = text(prev.text + inline.text);
    } else if (!(inline.kind === 'text' && inline.text === '')) {
      out.push(inline);
    }
  }
  return out;
}

const isPlain = (t: TextInline): boolean => t.lang === undefined && !t.strong;
