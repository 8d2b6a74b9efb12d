import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_CATALOGUE } from '../rule-catalogue.ts';
import { ALL_RULES } from './index.ts';

const rulesDir = new URL('./', import.meta.url);
const lintDir = new URL('../', import.meta.url);

describe('ALL_RULES', () => {
  it('has at least 30 rules with unique PLG1xx codes and kebab-case names', () => {
    expect(ALL_RULES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(ALL_RULES.map((r) => r.code)).size).toBe(ALL_RULES.length);
    expect(new Set(ALL_RULES.map((r) => r.name)).size).toBe(ALL_RULES.length);
    for (const rule of ALL_RULES) {
      expect(rule.code).toMatch(/^PLG[1-9]\d\d$/);
      expect(rule.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('lists the rules in code order, after the loader rules in the catalogue', () => {
    const codes = ALL_RULES.map((r) => r.code);
    expect(codes).toEqual([...codes].sort());
    expect(RULE_CATALOGUE.map((r) => r.code).slice(0, 2)).toEqual(['PLG000', 'PLG001']);
  });

  it('gives every rule a summary and a help text with a legal reference', () => {
    for (const rule of ALL_RULES) {
      expect(rule.summary.length, rule.code).toBeGreaterThan(20);
      expect(rule.help.length, rule.code).toBeGreaterThan(80);
      if (rule.code !== 'PLG100') expect(rule.help, rule.code).toMatch(/Art\.|§|CCR|ePrivacy|CNIL|EDPB/);
    }
  });

  it('keeps each rule in its own file named after the rule', () => {
    const files = readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts');
    expect(files.sort()).toEqual(ALL_RULES.map((r) => `${r.name}.ts`).sort());
  });

  it('has a test case that triggers every rule', () => {
    const testFiles = [
      ...readdirSync(rulesDir).filter((f) => f.endsWith('.test.ts')).map((f) => new URL(f, rulesDir)),
      new URL('accepted.test.ts', lintDir),
    ];
    const text = testFiles.map((u) => readFileSync(u, 'utf8')).join('\n');
    const tested = new Set([...text.matchAll(/code: '(PLG\d{3})'|rule: '(PLG\d{3})'|'(PLG\d{3}) template/g)].map((m) => m[1] ?? m[2] ?? m[3]));
    const untested = ALL_RULES.map((r) => r.code).filter((c) => !tested.has(c));
    expect(untested).toEqual([]);
  });
});
