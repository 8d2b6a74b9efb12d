import { z } from 'zod';
import { Id, LocalizedText } from './common.ts';

export const SOURCES = ['provided', 'automatic', 'inferred', 'third_party'] as const;
export const DataSource = z.enum(SOURCES).meta({
  description: 'How the data reaches the company: given by the person, collected automatically, inferred, or received from a third party.',
  examples: ['provided'],
});

export const BUILTIN_SUBJECTS = [
  'visitor', 'customer', 'prospect', 'account_user', 'newsletter_subscriber', 'employee', 'job_applicant',
  'supplier_contact', 'business_contact', 'end_user_of_customer', 'child', 'invited_user', 'support_requester',
] as const;

export const CategoryId = z
  .string()
  .regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/, 'use a dotted category id such as "contact.email"')
  .meta({ description: 'A data category id from the taxonomy (or a custom one).', examples: ['contact.email'] });

export const DeclaredCategory = z
  .object({
    id: CategoryId,
    sources: z.array(DataSource).min(1, 'say where this data comes from'),
    subjects: z.array(Id).min(1, 'say whose data this is').meta({ examples: [['customer', 'visitor']] }),
    description: LocalizedText.optional().meta({ description: 'Overrides the taxonomy wording in the notice.' }),
    sourceDetails: LocalizedText.optional().meta({
      description: 'For third-party or inferred data: from whom, or from what.',
      examples: ['Social login providers such as Google, when you sign in with them'],
    }),
    retention: Id.optional().meta({ description: 'The retention rule for this category (id from `retention`).' }),
    optional: z.boolean().default(false).meta({ description: 'Whether giving this data is voluntary.' }),
  })
  .strict();

export const CustomCategory = z
  .object({
    id: CategoryId,
    label: LocalizedText,
    description: LocalizedText.optional(),
    special: z.boolean().default(false).meta({ description: 'A special category under GDPR Art. 9 (or criminal data, Art. 10).' }),
    ccpaSensitive: z.boolean().default(false).meta({ description: 'Sensitive personal information under CCPA §1798.140(ae).' }),
  })
  .strict()
  .meta({ description: 'A category the built-in taxonomy does not have.' });

export const CustomSubject = z.object({ id: Id, label: LocalizedText }).strict();
