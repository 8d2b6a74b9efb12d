import type { LintRule } from '../rule.ts';
import { declares, offeredPath, offeredRights } from '../support/jurisdictions.ts';
import { quoted } from '../support/labels.ts';
import { resolveCategory } from '../support/reference-data.ts';

export const sensitiveDataWithoutLimitRight: LintRule = {
  code: 'PLG143',
  name: 'sensitive-data-without-limit-right',
  severity: 'error',
  summary: 'Sensitive personal information is processed under CCPA but the right to limit its use is not offered.',
  help:
    'Consumers may direct a business to limit its use of sensitive personal information to what is necessary (Cal. Civ. ' +
    'Code §1798.121; 11 CCR §7027), through a "Limit the Use of My Sensitive Personal Information" link. Add limit_sensitive ' +
    'to `rights.offered.ccpa`, or accept this finding if the data is used only for the purposes of 11 CCR §7027(m).',
  check({ manifest, report }) {
    if (!declares(manifest, 'ccpa') || offeredRights(manifest, 'ccpa').includes('limit_sensitive')) return;
    const sensitive = manifest.categories.filter((c) => resolveCategory(c.id, manifest)?.ccpaSensitive).map((c) => c.id);
    if (sensitive.length === 0) return;
    report(offeredPath('ccpa'), `Sensitive personal information (${quoted(sensitive)}) is processed, but the right to limit its use is not offered under CCPA (Cal. Civ. Code §1798.121).`);
  },
};
