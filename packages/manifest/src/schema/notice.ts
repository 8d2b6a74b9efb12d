import { z } from 'zod';
import { IsoDate, Language, LocalizedText, Url } from './common.ts';
import { RequestChannel } from './rights.ts';

export const NoticeSettings = z
  .object({
    languages: z.array(Language).min(1),
    defaultLanguage: Language,
    effectiveDate: IsoDate,
    title: LocalizedText.optional(),
    changes: z
      .object({
        notifyBy: z.array(z.enum(['email', 'banner', 'website_notice', 'in_app'])).min(1),
        archive: z.boolean().default(true).meta({ description: 'Whether earlier versions stay readable.' }),
      })
      .strict()
      .default({ notifyBy: ['website_notice'], archive: true }),
    url: Url.optional().meta({ description: 'Where the notice is published.', examples: ['https://example.com/privacy'] }),
    contactChannels: z.array(RequestChannel).default([]).meta({
      description: 'How to reach the company about privacy, listed in the notice (in addition to the controllers’ contacts).',
      examples: [[{ type: 'email', value: 'privacy@example.com' }]],
    }),
  })
  .strict();

export const AcceptedFinding = z
  .object({
    rule: z.string().regex(/^PLG\d{3}$/, 'name a rule code such as PLG012').meta({ examples: ['PLG112'] }),
    path: z.string().min(1).optional().meta({ description: 'The manifest path of the accepted finding; absent accepts the rule everywhere.', examples: ['recipients[3].transfer'] }),
    reason: z.string().min(10, 'explain why this finding is accepted (at least 10 characters)').meta({ examples: ['Describes the 2018 notice as published; the new version moves to the Data Privacy Framework.'] }),
    acceptedBy: z.string().min(1).optional().meta({ examples: ['DPO, 2026-11-23'] }),
  })
  .strict()
  .meta({ description: 'A lint finding the company has reviewed and accepts, with the reason.' });
