import { describe, expect, it } from 'vitest';
import { lintEdited, set } from '../testing/fixture-edits.ts';

const placeholdersIn = (name: string) =>
  lintEdited(set(['organisation', 'name'], name)).findings.filter((f) => f.rule === 'PLG115' && f.path === 'organisation.name');

describe('PLG115 template-placeholder', () => {
  it.each([
    '[Your company name]',
    'Acme [insert legal form]',
    '{{ company }}',
    '<company>',
    'Acme TODO',
    'Acme (TBD)',
    'Lorem ipsum dolor',
    'Acme XXX B.V.',
    'KvK xxxxxxxx',
  ])('flags %s', (name) => {
    expect(placeholdersIn(name)).toHaveLength(1);
  });

  it.each(['Acme Shop', 'shop.example.com', 'privacy@example.com', 'Art. 6(1)(f) [GDPR]', 'Todo-list app Todoist', 'Box Inc.'])(
    'does not flag %s',
    (name) => {
      expect(placeholdersIn(name)).toEqual([]);
    },
  );

  it('reports each string with a placeholder once, at its own path', () => {
    const linted = lintEdited(set(['recipients', 0, 'service', 'en'], 'Hosts [insert service]'), set(['notice', 'title'], 'TBD'));
    const paths = linted.findings.filter((f) => f.rule === 'PLG115').map((f) => f.path);
    expect(paths).toEqual(['recipients[0].service.en', 'notice.title']);
  });
});
