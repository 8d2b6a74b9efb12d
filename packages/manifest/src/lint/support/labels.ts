import type { Manifest } from '../../schema/manifest.ts';

type Purpose = Manifest['purposes'][number];
type Recipient = Manifest['recipients'][number];
type Cookie = Manifest['cookies'][number];

/** How messages name manifest elements, so a privacy officer can find them. */
export const purposeLabel = (p: Purpose): string => `Purpose "${p.id}"`;
export const recipientLabel = (r: Recipient): string => `Recipient "${r.name}"`;
export const cookieLabel = (c: Cookie): string => `Cookie "${c.name}" (${c.provider})`;

/** `a, b and c` */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export const quoted = (words: readonly string[]): string => listWords(words.map((w) => `"${w}"`));
