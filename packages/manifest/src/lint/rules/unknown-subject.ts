import { BUILTIN_SUBJECTS } from '../../schema/data-map.ts';
import type { LintRule } from '../rule.ts';
import { purposeLabel } from '../support/labels.ts';

export const unknownSubject: LintRule = {
  code: 'PLG147',
  name: 'unknown-subject',
  severity: 'error',
  summary: 'A data-subject id is neither built in nor declared in `customSubjects`.',
  help:
    'The notice and the records of processing list whose data is processed (GDPR Art. 30(1)(c)); an unknown subject has no ' +
    'wording. Use a built-in subject (customer, visitor, employee, ...) or declare it in `customSubjects` with a label.',
  check({ manifest, report }) {
    const known = new Set<string>([...BUILTIN_SUBJECTS, ...manifest.customSubjects.map((s) => s.id)]);
    manifest.categories.forEach((c, i) =>
      c.subjects.forEach((s, j) => {
        if (!known.has(s)) report(['categories', i, 'subjects', j], `Category "${c.id}" names subject "${s}", which is neither built in nor declared in customSubjects.`);
      }),
    );
    manifest.purposes.forEach((p, i) =>
      (p.subjects ?? []).forEach((s, j) => {
        if (!known.has(s)) report(['purposes', i, 'subjects', j], `${purposeLabel(p)} names subject "${s}", which is neither built in nor declared in customSubjects.`);
      }),
    );
  },
};
