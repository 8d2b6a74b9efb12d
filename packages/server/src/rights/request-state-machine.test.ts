import { describe, expect, it } from 'vitest';
import { isPledgeError } from '../errors/pledge-error.ts';
import { allStatePairs, assertTransition, canTransition, isTerminal, REQUEST_STATES, type RequestState } from './request-state-machine.ts';

/** The whole table, written out independently of the implementation: a change to either shows here. */
const LEGAL: ReadonlyArray<[RequestState, RequestState]> = [
  ['received', 'identity_verification'],
  ['received', 'verified'],
  ['received', 'denied'],
  ['received', 'withdrawn'],
  ['identity_verification', 'verified'],
  ['identity_verification', 'denied'],
  ['identity_verification', 'withdrawn'],
  ['verified', 'in_progress'],
  ['verified', 'denied'],
  ['verified', 'withdrawn'],
  ['in_progress', 'waiting_on_manual_tasks'],
  ['in_progress', 'completed'],
  ['in_progress', 'denied'],
  ['in_progress', 'withdrawn'],
  ['waiting_on_manual_tasks', 'in_progress'],
  ['waiting_on_manual_tasks', 'completed'],
  ['waiting_on_manual_tasks', 'withdrawn'],
];
const isListed = (from: RequestState, to: RequestState) => LEGAL.some(([f, t]) => f === from && t === to);

describe('request state machine', () => {
  it('covers all 64 (from, to) pairs', () => {
    expect(allStatePairs()).toHaveLength(REQUEST_STATES.length ** 2);
  });

  it.each(allStatePairs().filter((p) => p.legal))('allows $from → $to', ({ from, to }) => {
    expect(isListed(from, to)).toBe(true);
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  it.each(allStatePairs().filter((p) => !p.legal))('refuses $from → $to with 409 naming both states', ({ from, to }) => {
    expect(isListed(from, to)).toBe(false);
    try {
      assertTransition(from, to);
      expect.unreachable();
    } catch (error) {
      expect(isPledgeError(error) && error.code).toBe('request_transition_illegal');
      expect(isPledgeError(error) && error.status).toBe(409);
      expect(isPledgeError(error) && error.details).toMatchObject({ from, to });
      expect((error as Error).message).toContain(`${from} to ${to}`);
    }
  });

  it('has exactly the listed legal transitions', () => {
    expect(allStatePairs().filter((p) => p.legal).map((p) => [p.from, p.to])).toEqual(LEGAL);
  });

  it('ends in completed, denied or withdrawn, which go nowhere', () => {
    for (const state of REQUEST_STATES) {
      const terminal = ['completed', 'denied', 'withdrawn'].includes(state);
      expect(isTerminal(state)).toBe(terminal);
      if (terminal) expect(REQUEST_STATES.some((to) => canTransition(state, to))).toBe(false);
    }
  });

  it('lets opt-outs skip verification (received → verified) but nothing skip to in_progress or completed', () => {
    expect(canTransition('received', 'verified')).toBe(true);
    expect(canTransition('received', 'in_progress')).toBe(false);
    expect(canTransition('identity_verification', 'in_progress')).toBe(false);
    expect(canTransition('verified', 'completed')).toBe(false);
  });
});
