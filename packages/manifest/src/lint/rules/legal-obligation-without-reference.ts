import type { Jurisdiction } from '../../schema/common.ts';
import type { LintRule } from '../rule.ts';
import { REGIME_LABEL } from '../support/jurisdictions.ts';
import { purposeLabel } from '../support/labels.ts';

export const legalObligationWithoutReference: LintRule = {
  code: 'PLG124',
  name: 'legal-obligation-without-reference',
  severity: 'warning',
  summary: 'A purpose relies on a legal obligation without naming the law.',
  help:
    'A legal obligation must be laid down by Union or member-state law (GDPR Art. 6(1)(c), 6(3)); naming it lets people and ' +
    'the authority check it and supports the records of processing (Art. 30). Add `legalReference` (e.g. "Art. 52 AWR").',
  check({ manifest, report }) {
    manifest.purposes.forEach((purpose, i) => {
      for (const regime of Object.keys(purpose.lawfulBasis) as Jurisdiction[]) {
        const basis = purpose.lawfulBasis[regime];
        if (basis?.basis !== 'legal_obligation' || basis.legalReference) continue;
        report(['purposes', i, 'lawfulBasis', regime, 'basis'], `${purposeLabel(purpose)} relies on a legal obligation under ${REGIME_LABEL[regime]} but does not name the law that imposes it (GDPR Art. 6(3)).`);
      }
    });
  },
};
