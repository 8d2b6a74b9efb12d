import type { LintRule } from '../rule.ts';
import { purposeLabel, recipientLabel } from '../support/labels.ts';

export const saleStanceInconsistent: LintRule = {
  code: 'PLG110',
  name: 'sale-stance-inconsistent',
  severity: 'error',
  summary: 'stances.sellsData is false, but a purpose or recipient is marked sale: true.',
  help:
    'The notice states whether the business sells personal information (CCPA §1798.140(ad)), and that statement must be true (Cal. Civ. Code §1798.130(a)(5); ' +
    'deceptive statements also breach FTC Act §5). Either set stances.sellsData to true and offer the opt-out, or correct the ' +
    'purpose or recipient.',
  check({ manifest, report }) {
    if (manifest.stances.sellsData) return;
    manifest.purposes.forEach((p, i) => {
      if (p.sale) report(['purposes', i, 'sale'], `${purposeLabel(p)} is marked sale: true, but stances.sellsData says the company never sells personal information.`);
    });
    manifest.recipients.forEach((r, i) => {
      if (r.sale) report(['recipients', i, 'sale'], `${recipientLabel(r)} is marked sale: true, but stances.sellsData says the company never sells personal information.`);
    });
  },
};
