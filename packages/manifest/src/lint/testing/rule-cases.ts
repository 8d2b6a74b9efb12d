// Table-driven rule tests: each case breaks minimal.yaml once and names where the finding must point.
import { describe, expect, it } from 'vitest';
import type { Edit } from './fixture-edits.ts';
import { lintEdited } from './fixture-edits.ts';

export interface RuleCase {
  /** The rule code expected. */
  code: string;
  title: string;
  /** Edits that introduce the mistake. */
  breaks: Edit[];
  /** The exact manifest path of the finding. */
  path: string;
  /** A snippet the reported source line must contain. */
  line: string;
  /** Edits applied after `breaks` that correct the mistake: the rule must then be silent. */
  fix: Edit[];
  /** A snippet the message must contain (the element it names). */
  message?: string;
}

export function describeRuleCases(group: string, cases: readonly RuleCase[]): void {
  describe(group, () => {
    for (const c of cases) {
      it(`${c.code} fires: ${c.title}`, () => {
        const linted = lintEdited(...c.breaks);
        const hits = linted.findings.filter((f) => f.rule === c.code);
        const hit = hits.find((f) => f.path === c.path);
        expect(hit, `no ${c.code} at ${c.path}; got ${JSON.stringify(hits.map((f) => f.path))}`).toBeDefined();
        if (!hit) return;
        expect(linted.lineOf(hit)).toContain(c.line);
        if (c.message) expect(hit.message).toContain(c.message);
      });
      it(`${c.code} is silent once fixed: ${c.title}`, () => {
        const linted = lintEdited(...c.breaks, ...c.fix);
        expect(linted.findings.filter((f) => f.rule === c.code)).toEqual([]);
      });
    }
  });
}
