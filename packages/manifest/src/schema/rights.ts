import { z } from 'zod';
import { Id, IsoDuration, Jurisdiction, LocalizedText, Url } from './common.ts';

export const RIGHTS = [
  'access', 'rectification', 'erasure', 'restriction', 'objection', 'objection_direct_marketing', 'portability',
  'withdraw_consent', 'automated_decision_review', 'complaint', 'post_mortem_instructions',
  // CCPA/CPRA
  'know', 'delete', 'correct', 'opt_out_sale_share', 'limit_sensitive', 'non_discrimination',
  // LGPD Art. 18
  'confirmation', 'anonymisation', 'information_about_sharing',
] as const;
export const Right = z.enum(RIGHTS);

export const VERIFICATION_METHODS = ['email_code', 'account_login', 'second_identifier', 'id_document_review', 'postal_code'] as const;

export const RequestChannel = z
  .object({
    type: z.enum(['web_form', 'email', 'postal', 'phone', 'toll_free', 'account_settings']),
    value: z.string().min(1).meta({ examples: ['privacy@example.com'] }),
  })
  .strict();

export const Rights = z
  .object({
    offered: z.partialRecord(Jurisdiction, z.array(Right).min(1)).meta({
      description: 'The rights offered under each jurisdiction.',
      examples: [{ gdpr: ['access', 'erasure', 'portability'] }],
    }),
    channels: z.array(RequestChannel).min(1, 'say how people can send a request'),
    verification: z
      .object({
        methods: z.array(z.enum(VERIFICATION_METHODS)).min(1),
        stepUpFor: z.array(Right).default([]).meta({ description: 'Rights that need a second matching identifier when sensitive data is involved.' }),
        description: LocalizedText.optional(),
      })
      .strict(),
    authorisedAgents: z
      .object({
        allowed: z.boolean().meta({ description: 'Whether requests from authorised agents are accepted.', examples: [true] }),
        proof: z.array(z.enum(['signed_permission', 'power_of_attorney'])).default([]),
        personConfirms: z.boolean().default(true),
      })
      .strict()
      .default({ allowed: false, proof: [], personConfirms: true }),
    fee: z.enum(['free', 'free_unless_excessive']).default('free_unless_excessive'),
    deadlines: z.partialRecord(Jurisdiction, IsoDuration).default({}).meta({
      description: 'Shorter internal deadlines; the legal ones (GDPR one month, CCPA 45 days, LGPD 15 days) apply otherwise.',
    }),
    selfService: z
      .array(z.object({ right: Right, url: Url, description: LocalizedText.optional() }).strict())
      .default([]),
    complaintAuthorities: z
      .partialRecord(Jurisdiction, z.object({ name: z.string().min(1), url: Url.optional() }).strict())
      .default({}),
    processorRedirect: Id.optional(),
  })
  .strict();
