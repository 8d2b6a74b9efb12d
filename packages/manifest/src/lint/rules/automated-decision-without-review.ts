import type { LintRule } from '../rule.ts';
import { declaredGdprLike, offeredRights, REGIME_LABEL } from '../support/jurisdictions.ts';
import { purposeLabel } from '../support/labels.ts';

export const automatedDecisionWithoutReview: LintRule = {
  code: 'PLG136',
  name: 'automated-decision-without-review',
  severity: 'error',
  summary: 'A purpose makes solely automated decisions but the right to human review is not offered.',
  help:
    'Where a decision with legal or similarly significant effect is made solely by automated means, the person must be ' +
    'able to obtain human intervention, express their view and contest the decision (GDPR Art. 22(3)), and the notice must ' +
    'explain the logic involved (Art. 13(2)(f)). Add automated_decision_review to `rights.offered.<regime>`.',
  check({ manifest, report }) {
    manifest.purposes.forEach((purpose, i) => {
      if (!purpose.automatedDecision) return;
      const regime = declaredGdprLike(manifest).find((r) => !offeredRights(manifest, r).includes('automated_decision_review'));
      if (!regime) return;
      report(['purposes', i, 'automatedDecision'], `${purposeLabel(purpose)} makes solely automated decisions, but the right to human review is not offered under ${REGIME_LABEL[regime]} (GDPR Art. 22(3)).`);
    });
  },
};
