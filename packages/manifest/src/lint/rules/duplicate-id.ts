import type { LintRule } from '../rule.ts';
import type { ManifestPath } from '../finding.ts';

interface Keyed {
  key: string;
  path: ManifestPath;
}

export const duplicateId: LintRule = {
  code: 'PLG122',
  name: 'duplicate-id',
  severity: 'error',
  summary: 'Two elements of the same kind share an id, so references to it are ambiguous.',
  help:
    'Ids tie purposes, recipients, retention rules, systems and categories together; with a duplicate, references resolve ' +
    'to one of them arbitrarily, and the notice and the records of processing (GDPR Art. 13, 30) list the element twice. Give each element a unique id (cookies: a unique ' +
    'name per domain).',
  check({ manifest, report }) {
    const groups: Array<[string, Keyed[]]> = [
      ['controller', manifest.organisation.controllers.map((c, i) => ({ key: c.id, path: ['organisation', 'controllers', i, 'id'] }))],
      ['custom subject', manifest.customSubjects.map((c, i) => ({ key: c.id, path: ['customSubjects', i, 'id'] }))],
      ['custom category', manifest.customCategories.map((c, i) => ({ key: c.id, path: ['customCategories', i, 'id'] }))],
      ['category', manifest.categories.map((c, i) => ({ key: c.id, path: ['categories', i, 'id'] }))],
      ['purpose', manifest.purposes.map((p, i) => ({ key: p.id, path: ['purposes', i, 'id'] }))],
      ['retention rule', manifest.retention.map((r, i) => ({ key: r.id, path: ['retention', i, 'id'] }))],
      ['recipient', manifest.recipients.map((r, i) => ({ key: r.id, path: ['recipients', i, 'id'] }))],
      ['system', manifest.systems.map((s, i) => ({ key: s.id, path: ['systems', i, 'id'] }))],
      ['cookie', manifest.cookies.map((c, i) => ({ key: `${c.name}${c.domain ? ` on ${c.domain}` : ''}${c.kind === 'cookie' ? '' : ` (${c.kind})`}`, path: ['cookies', i, 'name'] }))],
      ...manifest.systems.map((s, i): [string, Keyed[]] => [`dataset in system "${s.id}"`, s.datasets.map((d, j) => ({ key: d.id, path: ['systems', i, 'datasets', j, 'id'] }))]),
    ];
    for (const [kind, items] of groups) {
      const seen = new Set<string>();
      for (const { key, path } of items) {
        if (seen.has(key)) report(path, `The ${kind} id "${key}" is declared more than once; references to it are ambiguous.`);
        seen.add(key);
      }
    }
  },
};
