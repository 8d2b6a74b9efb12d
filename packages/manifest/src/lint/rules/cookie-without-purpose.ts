import type { LintRule } from '../rule.ts';
import { cookieLabel } from '../support/labels.ts';

export const cookieWithoutPurpose: LintRule = {
  code: 'PLG158',
  name: 'cookie-without-purpose',
  severity: 'warning',
  summary: 'A cookie that needs consent is not tied to any purpose.',
  help:
    'Consent must be specific to a purpose (GDPR Art. 4(11), 6(1)(a); ePrivacy Art. 5(3)); the banner asks per purpose and ' +
    'blocks a cookie until its purpose is accepted. List the purposes the cookie serves in its `purposes`.',
  check({ manifest, report }) {
    manifest.cookies.forEach((cookie, i) => {
      if (cookie.category === 'strictly_necessary' || cookie.purposes.length > 0) return;
      report(['cookies', i, 'category'], `${cookieLabel(cookie)} is a ${cookie.category} cookie but serves no declared purpose, so consent cannot be asked for it specifically.`);
    });
  },
};
