import { describe, expect, it } from 'vitest';
import { de } from './de.ts';
import { en } from './en.ts';
import { nl } from './nl.ts';

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('message catalogues', () => {
  it.each([['nl', nl], ['de', de]] as const)('%s has exactly the keys of en', (_, catalogue) => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
  });

  it.each([['en', en], ['nl', nl], ['de', de]] as const)('%s has no empty string', (_, catalogue) => {
    const empty = Object.entries(catalogue).filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it.each([['nl', nl], ['de', de]] as const)('%s uses the same placeholders as en for every key', (_, catalogue) => {
    const mismatched = Object.keys(en).filter(
      (k) => placeholders(en[k as keyof typeof en]).join() !== placeholders(catalogue[k as keyof typeof en]).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('writes Dutch in the informal "je" register and German in the formal "Sie" register', () => {
    expect(Object.values(nl).some((v) => /\bu\b/.test(v))).toBe(false);
    expect(Object.values(de).some((v) => /\b(du|dich|dein|deine)\b/.test(v))).toBe(false);
  });
});
