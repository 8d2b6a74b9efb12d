import { z } from 'zod';
import { Id, Jurisdiction, LocalizedText } from './common.ts';
import { CategoryId } from './data-map.ts';

export const LAWFUL_BASES = [
  'consent', 'contract', 'legal_obligation', 'legitimate_interest', 'vital_interest', 'public_task',
  // CCPA/CPRA has no lawful-basis system: a purpose is either a business purpose or a commercial one.
  'business_purpose', 'commercial_purpose',
] as const;

/** GDPR Art. 9(2) conditions for special categories. */
export const ART9_CONDITIONS = [
  'explicit_consent', 'employment_social_security', 'vital_interest', 'non_profit_members', 'made_public',
  'legal_claims', 'substantial_public_interest', 'health_care', 'public_health', 'archiving_research',
] as const;

export const LawfulBasis = z
  .object({
    basis: z.enum(LAWFUL_BASES),
    balancing: LocalizedText.optional().meta({
      description: 'For legitimate interest: the interest pursued and why it is not overridden by the person’s rights (GDPR Art. 6(1)(f)).',
    }),
    legalReference: LocalizedText.optional().meta({ description: 'For legal obligation: the law that requires it.', examples: ['Art. 52 Algemene wet inzake rijksbelastingen'] }),
  })
  .strict();

export const MARKETING_CHANNELS = ['email', 'sms', 'phone', 'post', 'push', 'online_ads'] as const;

export const ConsentCollection = z
  .object({
    via: z.array(z.enum(['banner', 'form', 'account_settings', 'double_opt_in', 'privacy_center'])).min(1),
    withdrawVia: z.array(z.enum(['banner', 'unsubscribe_link', 'account_settings', 'privacy_center', 'email'])).min(1),
  })
  .strict()
  .meta({ description: 'How consent is given and withdrawn (GDPR Art. 7(3): as easy to withdraw as to give).' });

export const Purpose = z
  .object({
    id: Id,
    name: LocalizedText,
    description: LocalizedText.optional(),
    categories: z.array(CategoryId).min(1, 'list the data categories this purpose uses'),
    subjects: z.array(Id).optional().meta({ description: 'Whose data; defaults to the subjects of the categories.', examples: [['customer']] }),
    lawfulBasis: z
      .partialRecord(Jurisdiction, LawfulBasis)
      .meta({ description: 'The lawful basis per jurisdiction.', examples: [{ gdpr: { basis: 'consent' } }] }),
    specialCategoryCondition: z.enum(ART9_CONDITIONS).optional().meta({
      description: 'For special-category data: the GDPR Art. 9(2) condition.',
    }),
    consent: ConsentCollection.optional(),
    marketing: z.boolean().default(false),
    channels: z.array(z.enum(MARKETING_CHANNELS)).default([]).meta({ description: 'For marketing: the channels used.' }),
    profiling: z.boolean().default(false),
    automatedDecision: z.boolean().default(false).meta({ description: 'Decisions with legal or similarly significant effect, made solely by automated means (GDPR Art. 22).' }),
    sale: z.boolean().default(false).meta({ description: 'Selling personal information (CCPA §1798.140(ad)).' }),
    share: z.boolean().default(false).meta({ description: 'Sharing for cross-context behavioural advertising (CCPA §1798.140(ah)).' }),
    targetedAdvertising: z.boolean().default(false),
    retention: Id.optional().meta({ description: 'The retention rule for data used for this purpose.' }),
  })
  .strict();
