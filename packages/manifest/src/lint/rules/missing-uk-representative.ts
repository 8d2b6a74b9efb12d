import type { LintRule } from '../rule.ts';
import { controllerJurisdictions } from '../support/jurisdictions.ts';

export const missingUkRepresentative: LintRule = {
  code: 'PLG139',
  name: 'missing-uk-representative',
  severity: 'error',
  summary: 'A controller established outside the UK acts under UK law without a UK representative.',
  help:
    'A controller not established in the UK that offers goods or services to, or monitors, people there must designate in ' +
    'writing a representative in the UK (UK GDPR Art. 27), and the notice must give its contact details (Art. 13(1)(a)). The ' +
    'exemption for occasional, low-risk processing rarely applies to a website. Add a representative with ' +
    "region: uk to the controller.",
  check({ manifest, report }) {
    manifest.organisation.controllers.forEach((controller, i) => {
      const country = controller.address.country;
      if (country === 'GB' || !controllerJurisdictions(manifest, i).includes('uk_gdpr')) return;
      if (controller.representatives.some((r) => r.region === 'uk')) return;
      report(['organisation', 'controllers', i, 'representatives'], `Controller "${controller.legalName}" is established in ${country}, outside the UK, and acts under UK law without a UK representative (UK GDPR Art. 27).`);
    });
  },
};
