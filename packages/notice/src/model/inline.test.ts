import { describe, expect, it } from 'vitest';
import { fill, link, plainText, text } from './inline.ts';

describe('fill', () => {
  it('fills placeholders with text and inline values, keeping each value separate', () => {
    const out = fill('Write to {who} at {where}.', { who: 'us', where: link('mailto:a@b.c', 'a@b.c') });
    expect(out).toEqual([text('Write to us at '), link('mailto:a@b.c', 'a@b.c'), text('.')]);
  });

  it('does not end a sentence twice when the value ends its own', () => {
    expect(plainText(fill('Send requests to: {where}. Thanks.', { where: 'the controller.' }))).toBe('Send requests to: the controller. Thanks.');
  });

  it('fails loudly on a placeholder without a value', () => {
    expect(() => fill('Hello {name}')).toThrow(/\{name\}/);
  });
});
