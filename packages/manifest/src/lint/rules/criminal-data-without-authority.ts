import type { LintRule } from '../rule.ts';
import { declaredGdprLike, REGIME_LABEL } from '../support/jurisdictions.ts';
import { purposeLabel, quoted } from '../support/labels.ts';
import { resolveCategory } from '../support/reference-data.ts';

export const criminalDataWithoutAuthority: LintRule = {
  code: 'PLG151',
  name: 'criminal-data-without-authority',
  severity: 'warning',
  summary: 'A purpose uses criminal-conviction data without naming the law that authorises it.',
  help:
    'Personal data relating to criminal convictions and offences may be processed only under the control of official ' +
    'authority or when authorised by Union or member-state law providing safeguards (GDPR Art. 10; e.g. UK DPA 2018 ' +
    'Sch. 1). Base the purpose on legal obligation or public task with a `legalReference`, or stop using the data.',
  check({ manifest, report }) {
    manifest.purposes.forEach((purpose, i) => {
      const criminal = purpose.categories.filter((id) => resolveCategory(id, manifest)?.criminal);
      if (criminal.length === 0) return;
      for (const regime of declaredGdprLike(manifest)) {
        const basis = purpose.lawfulBasis[regime];
        if ((basis?.basis === 'legal_obligation' || basis?.basis === 'public_task') && basis.legalReference) continue;
        report(['purposes', i, 'categories'], `${purposeLabel(purpose)} uses criminal-conviction data (${quoted(criminal)}) under ${REGIME_LABEL[regime]} without naming the law that authorises it (GDPR Art. 10).`);
        return;
      }
    });
  },
};
