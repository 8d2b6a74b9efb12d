import type { LintRule } from '../rule.ts';
import { declaredGdprLike, REGIME_LABEL } from '../support/jurisdictions.ts';

export const missingComplaintAuthority: LintRule = {
  code: 'PLG129',
  name: 'missing-complaint-authority',
  severity: 'error',
  summary: 'No supervisory authority is named for complaints under GDPR or UK GDPR.',
  help:
    'People have the right to lodge a complaint with a supervisory authority, and the notice must say so (GDPR Art. 77, ' +
    '13(2)(d)); naming the authority (e.g. the Autoriteit Persoonsgegevens, or the ICO for UK GDPR) makes the right usable. ' +
    'Add `rights.complaintAuthorities.<regime>: { name, url }`.',
  check({ manifest, report }) {
    const authorities = manifest.rights.complaintAuthorities;
    for (const regime of declaredGdprLike(manifest)) {
      if (authorities[regime]) continue;
      report(['rights', 'complaintAuthorities', regime], `No supervisory authority is named for complaints under ${REGIME_LABEL[regime]} (GDPR Art. 77, 13(2)(d)).`);
    }
  },
};
