import { describe, expect, it } from 'vitest';
import { pathCovers } from './accepted.ts';
import { exitCodeFor, summariseFindings } from './summary.ts';
import { lintEdited, remove, set } from './testing/fixture-edits.ts';

const noMechanism = remove(['recipients', 1, 'transfer']);
const accept = (entries: unknown[]) => set(['accepted'], entries);
const reason = 'Reviewed by the DPO: the vendor signs SCCs next month.';

describe('accepted findings', () => {
  it('marks a finding accepted by rule and path, and it no longer fails the check', () => {
    const { findings } = lintEdited(noMechanism, accept([{ rule: 'PLG102', path: 'recipients[1]', reason }]));
    const hit = findings.find((f) => f.rule === 'PLG102');
    expect(hit?.accepted).toEqual({ reason });
    expect(exitCodeFor(findings)).toBe(0);
    expect(summariseFindings(findings)).toEqual({ errors: 0, warnings: 0, accepted: 1 });
  });

  it('accepts a rule everywhere when no path is given', () => {
    const { findings } = lintEdited(noMechanism, accept([{ rule: 'PLG102', reason }]));
    expect(findings.every((f) => f.accepted)).toBe(true);
  });

  it('does not accept a finding at another path or of another rule', () => {
    const { findings } = lintEdited(noMechanism, accept([{ rule: 'PLG102', path: 'recipients[0]', reason }]));
    expect(findings.find((f) => f.rule === 'PLG102')?.accepted).toBeUndefined();
    expect(exitCodeFor(findings)).toBe(1);
  });

  it('warns about an acceptance that matches nothing (PLG100), at the entry', () => {
    const linted = lintEdited(accept([{ rule: 'PLG140', path: 'systems[0]', reason }]));
    const [stale] = linted.findings;
    expect(linted.findings).toHaveLength(1);
    expect(stale).toMatchObject({ rule: 'PLG100', severity: 'warning', path: 'accepted[0]' });
    expect(stale?.message).toContain('PLG140');
    expect(linted.lineOf(stale!)).toContain('rule: PLG140');
    expect(exitCodeFor(linted.findings)).toBe(0);
  });

  it('PLG100 is silent once the acceptance matches a finding', () => {
    const { findings } = lintEdited(accept([{ rule: 'PLG140', path: 'systems[0]', reason }]), remove(['systems', 0, 'datasets', 1, 'fields', 0, 'retention']));
    expect(findings.map((f) => f.rule)).toEqual(['PLG140']);
    expect(findings[0]?.accepted).toEqual({ reason });
  });

  it('treats a path as covering what lies below it, not its siblings', () => {
    expect(pathCovers('purposes[1]', 'purposes[1].lawfulBasis.gdpr')).toBe(true);
    expect(pathCovers('purposes[1]', 'purposes[1]')).toBe(true);
    expect(pathCovers('purposes[1]', 'purposes[10]')).toBe(false);
    expect(pathCovers('recipients', 'recipients[0].dpa')).toBe(true);
    expect(pathCovers('rights.offered', 'rights.offeredX')).toBe(false);
  });
});

describe('exitCodeFor', () => {
  it('is 0 without findings, 0 with only warnings, 1 with an unaccepted error', () => {
    expect(exitCodeFor([])).toBe(0);
    expect(exitCodeFor(lintEdited(set(['recipients', 0, 'dpa'], false)).findings)).toBe(0);
    expect(exitCodeFor(lintEdited(noMechanism).findings)).toBe(1);
  });
});
