import { z } from 'zod';
import { Jurisdiction, Language, LocalizedText } from './common.ts';

export const Stances = z
  .object({
    children: z
      .object({
        directedAtChildren: z.boolean().default(false),
        minimumAge: z.partialRecord(Jurisdiction, z.number().int().min(0).max(21)).meta({
          description: 'The minimum age per jurisdiction below which the company does not knowingly collect data (or needs parental consent).',
          examples: [{ gdpr: 16, ccpa: 13 }],
        }),
        onDiscovery: z.enum(['delete', 'seek_parental_consent']).default('delete'),
      })
      .strict(),
    doNotTrack: z.enum(['honoured', 'not_honoured']).meta({ description: 'Whether the browser’s Do Not Track signal is honoured.' }),
    globalPrivacyControl: z
      .object({
        honoured: z.boolean(),
        effect: z.array(z.enum(['opt_out_sale', 'opt_out_share', 'opt_out_targeted_advertising', 'reject_non_essential'])).default([]),
      })
      .strict(),
    sellsData: z.boolean().meta({ description: 'Whether personal information is sold (CCPA sense).' }),
    sharesForAdvertising: z.boolean().meta({ description: 'Whether personal information is shared for cross-context behavioural advertising.' }),
    targetedAdvertising: z.boolean().default(false),
    automatedDecisionMaking: z
      .object({ used: z.boolean().meta({ examples: [false] }), description: LocalizedText.optional() })
      .strict()
      .default({ used: false }),
    deidentifiedData: z
      .object({ shared: z.boolean().meta({ examples: [false] }), commitment: LocalizedText.optional() })
      .strict()
      .default({ shared: false }),
    prevailingLanguage: Language.optional().meta({ description: 'Which language version prevails when translations differ.' }),
  })
  .strict();

export const Security = z
  .object({
    measures: z
      .array(
        z.enum([
          'encryption_in_transit', 'encryption_at_rest', 'access_control', 'need_to_know', 'pseudonymisation',
          'logging', 'backups', 'staff_training', 'vendor_assessment', 'penetration_testing', 'mfa', 'iso27001',
        ]),
      )
      .min(1),
    description: LocalizedText.optional(),
    breachProcedure: z.boolean().default(true).meta({ description: 'A documented breach procedure (GDPR Art. 33/34).' }),
  })
  .strict();
