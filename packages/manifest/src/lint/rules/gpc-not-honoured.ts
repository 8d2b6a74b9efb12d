import type { LintRule } from '../rule.ts';
import { declares } from '../support/jurisdictions.ts';
import { sellsData, sharesData } from '../support/sale-share.ts';

export const gpcNotHonoured: LintRule = {
  code: 'PLG112',
  name: 'gpc-not-honoured',
  severity: 'error',
  summary: 'Personal information is sold or shared under CCPA but the Global Privacy Control signal is not honoured as an opt-out.',
  help:
    'A business that sells or shares personal information must treat an opt-out preference signal such as Global Privacy ' +
    'Control as a valid request to opt out of sale and sharing (11 CCR §7025; Cal. Civ. Code §1798.135(e)). Set ' +
    '`stances.globalPrivacyControl.honoured: true` with the effects opt_out_sale and opt_out_share.',
  check({ manifest, report }) {
    if (!declares(manifest, 'ccpa')) return;
    const sells = sellsData(manifest);
    const shares = sharesData(manifest);
    if (!sells && !shares) return;
    const gpc = manifest.stances.globalPrivacyControl;
    if (!gpc.honoured) {
      report(['stances', 'globalPrivacyControl', 'honoured'], 'Personal information is sold or shared under CCPA, but the Global Privacy Control signal is not honoured as an opt-out (11 CCR §7025).');
      return;
    }
    const missing = [sells && !gpc.effect.includes('opt_out_sale') ? 'opt_out_sale' : '', shares && !gpc.effect.includes('opt_out_share') ? 'opt_out_share' : ''].filter(Boolean);
    if (missing.length > 0) {
      report(['stances', 'globalPrivacyControl', 'effect'], `Global Privacy Control is honoured, but its effects lack ${missing.join(' and ')} although personal information is ${sells && shares ? 'sold and shared' : sells ? 'sold' : 'shared'} (11 CCR §7025).`);
    }
  },
};
