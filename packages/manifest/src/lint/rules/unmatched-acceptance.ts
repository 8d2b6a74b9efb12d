import { UNMATCHED_ACCEPTANCE_RULE } from '../accepted.ts';
import type { LintRule } from '../rule.ts';

/** Reported by the runner after all rules ran (see accepted.ts): it needs every other rule's findings. */
export const unmatchedAcceptance: LintRule = {
  code: UNMATCHED_ACCEPTANCE_RULE,
  name: 'unmatched-acceptance',
  severity: 'warning',
  summary: 'An entry in `accepted` matches no finding.',
  help:
    'An acceptance records a reviewed, deliberate exception. Once the finding is fixed, the stale entry would silently ' +
    'accept the next, different problem at that path. Remove the entry, or correct its rule code or path.',
  check() {
    // Nothing to check on the manifest alone: lintManifest reports unmatched acceptances.
  },
};
