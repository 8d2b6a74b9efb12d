import type { LintRule } from '../rule.ts';
import { declaredGdprLike, offeredRights, REGIME_LABEL } from '../support/jurisdictions.ts';
import { listWords, purposeLabel } from '../support/labels.ts';

/** Electronic channels covered by ePrivacy Art. 13 (UK: PECR reg. 22–23); post and ads are not. */
const ELECTRONIC = ['email', 'sms', 'phone'] as const;

export const directMarketingWithoutConsent: LintRule = {
  code: 'PLG126',
  name: 'direct-marketing-without-consent',
  severity: 'error',
  summary: 'Direct marketing by e-mail, SMS or phone without consent and without offering the right to object to it.',
  help:
    'Electronic direct marketing needs prior consent (ePrivacy Directive Art. 13(1); UK PECR reg. 22); the only exception, ' +
    'for existing customers (Art. 13(2)), requires an easy way to object at collection and in every message, and the ' +
    'right to object to direct marketing is absolute (GDPR Art. 21(2)–(3)). Base the purpose on consent, or offer ' +
    'objection_direct_marketing.',
  check({ manifest, report }) {
    manifest.purposes.forEach((purpose, i) => {
      if (!purpose.marketing) return;
      const channels = purpose.channels.filter((c) => (ELECTRONIC as readonly string[]).includes(c));
      if (channels.length === 0) return;
      for (const regime of declaredGdprLike(manifest)) {
        if (purpose.lawfulBasis[regime]?.basis === 'consent') continue;
        if (offeredRights(manifest, regime).includes('objection_direct_marketing')) continue;
        report(['purposes', i, 'channels'], `${purposeLabel(purpose)} sends direct marketing by ${listWords(channels)} without consent under ${REGIME_LABEL[regime]} and without offering the right to object to direct marketing (ePrivacy Art. 13, GDPR Art. 21(2)).`);
        return;
      }
    });
  },
};
