import { z } from 'zod';
import { Id, IsoDuration, LocalizedText } from './common.ts';

export const RETENTION_TRIGGERS = [
  'collection', 'last_activity', 'account_closure', 'contract_end', 'consent_withdrawal', 'purpose_fulfilled', 'invoice_date', 'end_of_relationship',
] as const;
export const RETENTION_ACTIONS = ['delete', 'anonymise', 'isolate_in_backups'] as const;

export const RetentionRule = z
  .object({
    id: Id,
    trigger: z.enum(RETENTION_TRIGGERS).meta({ description: 'From which moment the period runs.' }),
    period: IsoDuration.optional().meta({ description: 'How long after the trigger data is kept; absent means "until the trigger", e.g. until the account is closed.' }),
    legalBasis: LocalizedText.optional().meta({
      description: 'The law that requires keeping the data this long.',
      examples: ['Dutch tax law requires us to keep invoices for 7 years (Art. 52 AWR)'],
    }),
    description: LocalizedText.optional().meta({ description: 'The rule in plain words, shown in the notice instead of the generated wording.' }),
    action: z.enum(RETENTION_ACTIONS).default('delete').meta({ description: 'What happens at the end.' }),
    backupPurgeWithin: IsoDuration.optional().meta({ description: 'For isolated backups: when the backups rotate out.' }),
    legalHold: z.boolean().default(true).meta({ description: 'Whether a legal hold (complaint, litigation) may extend this period.' }),
  })
  .strict();
