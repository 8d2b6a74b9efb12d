import type { LintRule } from '../rule.ts';
import { declares, offeredPath, offeredRights } from '../support/jurisdictions.ts';
import { sellsData, sharesData } from '../support/sale-share.ts';

export const saleWithoutOptOut: LintRule = {
  code: 'PLG109',
  name: 'sale-without-opt-out',
  severity: 'error',
  summary: 'Personal information is sold or shared under CCPA but the right to opt out is not offered.',
  help:
    'A business that sells or shares personal information must offer the right to opt out, with a "Do Not Sell or Share My ' +
    'Personal Information" link (Cal. Civ. Code §1798.120, §1798.135). Add opt_out_sale_share to `rights.offered.ccpa`, ' +
    'or stop selling and sharing.',
  check({ manifest, report }) {
    if (!declares(manifest, 'ccpa')) return;
    const sells = sellsData(manifest);
    const shares = sharesData(manifest);
    if ((!sells && !shares) || offeredRights(manifest, 'ccpa').includes('opt_out_sale_share')) return;
    const what = sells && shares ? 'sold and shared' : sells ? 'sold' : 'shared for cross-context behavioural advertising';
    report(offeredPath('ccpa'), `Personal information is ${what}, but the right to opt out of sale/sharing is not offered under CCPA (Cal. Civ. Code §1798.120).`);
  },
};
