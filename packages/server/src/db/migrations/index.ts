import type { Migration, MigrationProvider } from 'kysely';
import * as apiKeys from './0001-api-keys.ts';
import * as auditLog from './0002-audit-log.ts';
import * as noticeVersions from './0003-notice-versions.ts';
import * as consentLedger from './0004-consent-ledger.ts';
import * as rightsRequests from './0005-rights-requests.ts';
import * as mailLog from './0006-mail-log.ts';
import * as jobs from './0007-jobs.ts';
import * as fulfilment from './0008-fulfilment.ts';
import * as adminAccounts from './0009-admin-accounts.ts';
import * as mailOutbox from './0010-mail-outbox.ts';
import * as auditAppendHead from './0011-audit-append-head.ts';
import * as apiKeyCreators from './0012-api-key-creators.ts';

/** Every migration, by name. Names sort in the order they run; add new ones at the end. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = Object.freeze({
  '0001-api-keys': apiKeys,
  '0002-audit-log': auditLog,
  '0003-notice-versions': noticeVersions,
  '0004-consent-ledger': consentLedger,
  '0005-rights-requests': rightsRequests,
  '0006-mail-log': mailLog,
  '0007-jobs': jobs,
  '0008-fulfilment': fulfilment,
  '0009-admin-accounts': adminAccounts,
  '0010-mail-outbox': mailOutbox,
  '0011-audit-append-head': auditAppendHead,
  '0012-api-key-creators': apiKeyCreators,
});

/** Static imports instead of reading a folder at run time: works the same from source, bundles and tests. */
export class StaticMigrationProvider implements MigrationProvider {
  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve({ ...MIGRATIONS });
  }
}
