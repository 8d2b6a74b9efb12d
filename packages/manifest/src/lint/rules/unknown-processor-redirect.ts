import type { LintRule } from '../rule.ts';

export const unknownProcessorRedirect: LintRule = {
  code: 'PLG121',
  name: 'unknown-processor-redirect',
  severity: 'error',
  summary: '`rights.processorRedirect` names neither a declared controller nor a recipient.',
  help:
    'A processor must pass rights requests to the controller it works for (GDPR Art. 28(3)(e)); the redirect must name an ' +
    'element of the manifest (a controller or a recipient) so the privacy center can route such requests. Correct the id.',
  check({ manifest, report }) {
    const target = manifest.rights.processorRedirect;
    if (target === undefined) return;
    const ids = new Set([...manifest.organisation.controllers.map((c) => c.id), ...manifest.recipients.map((r) => r.id)]);
    if (ids.has(target)) return;
    report(['rights', 'processorRedirect'], `rights.processorRedirect refers to "${target}", which is neither a declared controller nor a recipient.`);
  },
};
