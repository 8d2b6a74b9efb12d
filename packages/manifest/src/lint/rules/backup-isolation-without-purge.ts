import type { LintRule } from '../rule.ts';

export const backupIsolationWithoutPurge: LintRule = {
  code: 'PLG145',
  name: 'backup-isolation-without-purge',
  severity: 'warning',
  summary: 'A retention rule isolates data in backups without saying when the backups are purged.',
  help:
    'Data that cannot be deleted from backups at once may be put beyond use, but only until the backups rotate out; the ' +
    'storage limit still applies (GDPR Art. 5(1)(e), 17; ICO guidance on erasure from backups). Set `backupPurgeWithin` ' +
    '(e.g. P90D) on the rule.',
  check({ manifest, report }) {
    manifest.retention.forEach((rule, i) => {
      if (rule.action !== 'isolate_in_backups' || rule.backupPurgeWithin) return;
      report(['retention', i, 'action'], `Retention rule "${rule.id}" isolates data in backups but does not say when the backups are purged (backupPurgeWithin; GDPR Art. 5(1)(e)).`);
    });
  },
};
