import type { LintRule } from '../rule.ts';
import { controllerJurisdictions } from '../support/jurisdictions.ts';
import { isEea } from '../support/reference-data.ts';

export const missingEuRepresentative: LintRule = {
  code: 'PLG138',
  name: 'missing-eu-representative',
  severity: 'error',
  summary: 'A controller established outside the EEA acts under EU law without an EU representative.',
  help:
    'A controller not established in the EEA that offers goods or services to, or monitors, people there must designate in ' +
    'writing a representative in the EEA (GDPR Art. 27), and the notice must give its contact details (Art. 13(1)(a)). The ' +
    'exemption for occasional, low-risk processing rarely applies to a website. Add a representative with ' +
    "region: eu to the controller.",
  check({ manifest, report }) {
    manifest.organisation.controllers.forEach((controller, i) => {
      const country = controller.address.country;
      if (isEea(country) || !controllerJurisdictions(manifest, i).includes('gdpr')) return;
      if (controller.representatives.some((r) => r.region === 'eu')) return;
      report(['organisation', 'controllers', i, 'representatives'], `Controller "${controller.legalName}" is established in ${country}, outside the EEA, and acts under EU law without an EU representative (GDPR Art. 27).`);
    });
  },
};
