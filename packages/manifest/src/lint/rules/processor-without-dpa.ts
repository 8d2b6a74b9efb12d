import type { LintRule } from '../rule.ts';
import { recipientLabel } from '../support/labels.ts';

export const processorWithoutDpa: LintRule = {
  code: 'PLG134',
  name: 'processor-without-dpa',
  severity: 'warning',
  summary: 'A processor or sub-processor has no data processing agreement recorded.',
  help:
    'Processing by a processor must be governed by a contract with the content of GDPR Art. 28(3) (sub-processors: Art. ' +
    '28(4)). Conclude the agreement and set `dpa: true`, or correct the recipient type if it is not a processor.',
  check({ manifest, report }) {
    manifest.recipients.forEach((recipient, i) => {
      if ((recipient.type !== 'processor' && recipient.type !== 'sub_processor') || recipient.dpa === true) return;
      const path = recipient.dpa === false ? ['recipients', i, 'dpa'] : ['recipients', i, 'type'];
      report(path, `${recipientLabel(recipient)} is a ${recipient.type.replace('_', '-')} but no data processing agreement is recorded (GDPR Art. 28(3)).`);
    });
  },
};
