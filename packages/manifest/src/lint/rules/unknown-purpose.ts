import type { LintRule } from '../rule.ts';
import { cookieLabel, recipientLabel } from '../support/labels.ts';

export const unknownPurpose: LintRule = {
  code: 'PLG118',
  name: 'unknown-purpose',
  severity: 'error',
  summary: 'A recipient or cookie refers to a purpose that is not declared in `purposes`.',
  help:
    'Recipients and cookies are tied to purposes so the notice can say why data is shared (GDPR Art. 13(1)(c), (e)) and the ' +
    'banner can ask consent per purpose (ePrivacy Art. 5(3)); a dangling id breaks both. Declare the purpose, or correct the id.',
  check({ manifest, report }) {
    const ids = new Set(manifest.purposes.map((p) => p.id));
    manifest.recipients.forEach((r, i) =>
      r.purposes.forEach((id, j) => {
        if (!ids.has(id)) report(['recipients', i, 'purposes', j], `${recipientLabel(r)} refers to purpose "${id}", which is not declared in purposes.`);
      }),
    );
    manifest.cookies.forEach((c, i) =>
      c.purposes.forEach((id, j) => {
        if (!ids.has(id)) report(['cookies', i, 'purposes', j], `${cookieLabel(c)} refers to purpose "${id}", which is not declared in purposes.`);
      }),
    );
  },
};
