import type { LintRule } from '../rule.ts';
import { purposeLabel } from '../support/labels.ts';

export const automatedDecisionStanceInconsistent: LintRule = {
  code: 'PLG137',
  name: 'automated-decision-stance-inconsistent',
  severity: 'error',
  summary: 'Purposes and `stances.automatedDecisionMaking.used` disagree about automated decision-making.',
  help:
    'The notice states whether automated decision-making, including profiling, takes place (GDPR Art. 13(2)(f), ' +
    '14(2)(g)); the statement comes from the stance and must match the purposes. Set the stance to match, or mark the ' +
    'purpose that makes the decisions with `automatedDecision: true`.',
  check({ manifest, report }) {
    const used = manifest.stances.automatedDecisionMaking.used;
    const deciding = manifest.purposes.map((p, i) => ({ p, i })).filter(({ p }) => p.automatedDecision);
    if (!used) {
      for (const { p, i } of deciding) {
        report(['purposes', i, 'automatedDecision'], `${purposeLabel(p)} makes solely automated decisions, but stances.automatedDecisionMaking.used says none are made (GDPR Art. 13(2)(f)).`);
      }
    } else if (deciding.length === 0) {
      report(['stances', 'automatedDecisionMaking', 'used'], 'stances.automatedDecisionMaking.used says automated decisions are made, but no purpose is marked automatedDecision: true, so the notice cannot say which.');
    }
  },
};
