import type { LintRule } from '../rule.ts';
import { declaredGdprLike, REGIME_LABEL } from '../support/jurisdictions.ts';
import { cookieLabel } from '../support/labels.ts';

export const nonEssentialCookieWithoutConsent: LintRule = {
  code: 'PLG133',
  name: 'non-essential-cookie-without-consent',
  severity: 'error',
  summary: 'A cookie that is not strictly necessary serves a purpose whose GDPR basis is not consent.',
  help:
    'Storing or reading information on a device needs consent unless it is strictly necessary for a service the person ' +
    'asked for (ePrivacy Directive Art. 5(3); CJEU C-673/17 Planet49); a legitimate-interest or contract basis does not ' +
    'replace it. Base the purpose on consent, or reclassify the cookie if it really is strictly necessary.',
  check({ manifest, report }) {
    const regimes = declaredGdprLike(manifest);
    manifest.cookies.forEach((cookie, i) => {
      if (cookie.category === 'strictly_necessary') return;
      cookie.purposes.forEach((id, j) => {
        const purpose = manifest.purposes.find((p) => p.id === id);
        const regime = regimes.find((r) => purpose?.lawfulBasis[r] && purpose.lawfulBasis[r]?.basis !== 'consent');
        if (!purpose || !regime) return;
        report(['cookies', i, 'purposes', j], `${cookieLabel(cookie)} is a ${cookie.category} cookie, but purpose "${id}" is based on ${purpose.lawfulBasis[regime]?.basis} under ${REGIME_LABEL[regime]}, not consent (ePrivacy Art. 5(3)).`);
      });
    });
  },
};
