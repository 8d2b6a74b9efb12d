import { z } from 'zod';
import { CountryCode, Id, LocalizedText, Url } from './common.ts';
import { CategoryId } from './data-map.ts';

export const RECIPIENT_TYPES = [
  'processor', 'sub_processor', 'independent_controller', 'joint_controller', 'affiliate', 'public_authority',
  'corporate_transaction', 'other_users', 'organisation_admin', 'professional_adviser', 'debt_collector',
] as const;

export const TRANSFER_MECHANISMS = [
  'adequacy', 'eu_sccs', 'uk_idta', 'uk_addendum', 'bcr', 'eu_us_dpf', 'uk_us_data_bridge', 'swiss_us_dpf',
  'derogation_consent', 'derogation_contract', 'privacy_shield',
] as const;

export const Transfer = z
  .object({
    mechanism: z.enum(TRANSFER_MECHANISMS).meta({
      description: 'The safeguard for a transfer out of the EEA/UK (GDPR Chapter V). `privacy_shield` is accepted only so that old notices can be described: it was invalidated in July 2020.',
    }),
    copyAvailable: z.boolean().default(true).meta({ description: 'Whether people can get a copy of the safeguard (GDPR Art. 13(1)(f)).' }),
    note: LocalizedText.optional(),
  })
  .strict();

export const Recipient = z
  .object({
    id: Id,
    name: z.string().min(1).meta({ examples: ['Mailchimp (Intuit Inc.)'] }),
    type: z.enum(RECIPIENT_TYPES),
    service: LocalizedText.meta({ description: 'What the recipient does with the data.', examples: ['Sends our newsletters'] }),
    country: CountryCode.meta({ description: 'Where the recipient processes the data.' }),
    additionalCountries: z.array(CountryCode).default([]),
    transfer: Transfer.optional(),
    categories: z.array(CategoryId).min(1, 'list the categories shared with this recipient'),
    purposes: z.array(Id).min(1, 'list the purposes for which data is shared'),
    sale: z.boolean().default(false),
    share: z.boolean().default(false),
    dpa: z.boolean().optional().meta({ description: 'For processors: a data processing agreement under GDPR Art. 28 is in place.' }),
    privacyPolicyUrl: Url.optional(),
  })
  .strict();
