import { PledgeError } from '../errors/pledge-error.ts';

/**
 * The one state machine of a rights request. Every state change goes through `assertTransition`;
 * repositories only write a state that this module allowed.
 *
 *   received → identity_verification → verified → in_progress ⇄ waiting_on_manual_tasks → completed
 *   received → verified            (no verification needed: 11 CCR §7026/§7027 opt-out and limit)
 *   any open state → withdrawn     (the person changed their mind)
 *   received … in_progress → denied (with a DenialReason)
 */
export const REQUEST_STATES = [
  'received',
  'identity_verification',
  'verified',
  'in_progress',
  'waiting_on_manual_tasks',
  'completed',
  'denied',
  'withdrawn',
] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

/**
 * GDPR Art. 12(5): manifestly unfounded or excessive; Art. 12(6) / 11 CCR §7062: identity cannot be
 * verified; Art. 23 and national law, CCPA §1798.145: a legal exemption applies.
 */
export const DENIAL_REASONS = ['unverifiable', 'manifestly_unfounded', 'excessive', 'legal_exemption'] as const;
export type DenialReason = (typeof DENIAL_REASONS)[number];

/** Denials that accuse the person of abuse: they need recorded evidence and a second approver (attack 13). */
export const ABUSE_DENIALS: ReadonlySet<DenialReason> = new Set(['manifestly_unfounded', 'excessive']);

export const TERMINAL_STATES: ReadonlySet<RequestState> = new Set(['completed', 'denied', 'withdrawn']);

const TRANSITIONS: Readonly<Record<RequestState, readonly RequestState[]>> = {
  received: ['identity_verification', 'verified', 'denied', 'withdrawn'],
  identity_verification: ['verified', 'denied', 'withdrawn'],
  // in_progress is entered by an approval; fulfilment (connectors, jobs) runs from there.
  verified: ['in_progress', 'denied', 'withdrawn'],
  in_progress: ['waiting_on_manual_tasks', 'completed', 'denied', 'withdrawn'],
  waiting_on_manual_tasks: ['in_progress', 'completed', 'withdrawn'],
  completed: [],
  denied: [],
  withdrawn: [],
};

export function canTransition(from: RequestState, to: RequestState): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Throws 409 request_transition_illegal naming both states. */
export function assertTransition(from: RequestState, to: RequestState): void {
  if (!canTransition(from, to)) {
    throw new PledgeError('request_transition_illegal', {
      message: `A request cannot go from ${from} to ${to}.`,
      details: { from, to, allowed: TRANSITIONS[from] },
    });
  }
}

export function isTerminal(state: RequestState): boolean {
  return TERMINAL_STATES.has(state);
}

/** Every (from, to) pair, legal or not: the tests walk all of them. */
export function allStatePairs(): Array<{ from: RequestState; to: RequestState; legal: boolean }> {
  return REQUEST_STATES.flatMap((from) => REQUEST_STATES.map((to) => ({ from, to, legal: canTransition(from, to) })));
}
