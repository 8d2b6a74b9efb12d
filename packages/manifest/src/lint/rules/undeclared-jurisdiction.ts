import type { LintRule } from '../rule.ts';
import type { ManifestPath } from '../finding.ts';

export const undeclaredJurisdiction: LintRule = {
  code: 'PLG149',
  name: 'undeclared-jurisdiction',
  severity: 'warning',
  summary: 'A setting names a jurisdiction that is not in `jurisdictions`, so it is never applied.',
  help:
    'Pledge applies lawful bases, rights, deadlines, authorities and ages only for the regimes in `jurisdictions`; a setting ' +
    'for another regime is silently ignored, and the notice omits it although it must be complete (GDPR Art. 12(1), 13). Add the regime to `jurisdictions`, or remove the setting.',
  check({ manifest, report }) {
    const declared = new Set<string>(manifest.jurisdictions);
    const checkKeys = (record: object, path: ManifestPath, what: string): void => {
      for (const key of Object.keys(record)) {
        if (!declared.has(key)) report([...path, key], `${what} is given for ${key}, which is not a declared jurisdiction, so it is ignored.`);
      }
    };
    manifest.purposes.forEach((p, i) => checkKeys(p.lawfulBasis, ['purposes', i, 'lawfulBasis'], `The lawful basis of purpose "${p.id}"`));
    checkKeys(manifest.rights.offered, ['rights', 'offered'], 'A list of rights');
    checkKeys(manifest.rights.deadlines, ['rights', 'deadlines'], 'A request deadline');
    checkKeys(manifest.rights.complaintAuthorities, ['rights', 'complaintAuthorities'], 'A complaint authority');
    checkKeys(manifest.stances.children.minimumAge, ['stances', 'children', 'minimumAge'], "A children's minimum age");
    manifest.organisation.controllers.forEach((c, i) =>
      (c.jurisdictions ?? []).forEach((j, k) => {
        if (!declared.has(j)) report(['organisation', 'controllers', i, 'jurisdictions', k], `Controller "${c.legalName}" acts under ${j}, which is not a declared jurisdiction, so it is ignored.`);
      }),
    );
  },
};
