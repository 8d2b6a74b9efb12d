import { LANGUAGES } from '@pledge/manifest';
import { z } from 'zod';

export const LangQuery = z.enum(LANGUAGES).optional().meta({ description: "The notice's language; its default language when absent." });

export const NoticeQuery = z.object({
  lang: LangQuery,
  format: z.enum(['html', 'md', 'json']).default('html'),
});

export const VersionParams = z.object({ number: z.coerce.number().int().min(1).meta({ description: 'The version number (1, 2, ...).' }) });

export const VersionsQuery = z.object({ lang: LangQuery });

export const DiffQuery = z.object({
  from: z.coerce.number().int().min(1).meta({ description: 'The older version number.' }),
  to: z.coerce.number().int().min(1).meta({ description: 'The newer version number.' }),
  lang: LangQuery,
});

export const SubprocessorsQuery = z.object({ lang: LangQuery, format: z.enum(['json', 'html']).default('json') });

export const RecordsQuery = z.object({
  role: z.enum(['controller', 'processor']).default('controller').meta({ description: 'GDPR Art. 30(1) (controller) or 30(2) (processor).' }),
  format: z.enum(['csv', 'html']).default('csv'),
  lang: LangQuery,
});

export const PublishBody = z
  .strictObject({
    effectiveDate: z.iso.date().optional().meta({ description: "YYYY-MM-DD; the manifest's notice.effectiveDate when absent." }),
  })
  .nullish()
  .meta({ description: 'Optional: without a body the manifest’s own effective date is used.' });

export const VersionSummaryView = z.object({
  number: z.number().int(),
  effectiveDate: z.iso.date(),
  publishedAt: z.iso.datetime(),
  material: z.boolean().meta({ description: 'Whether people had to be told before it applied, and consent renewed where it is the basis.' }),
  affectedPurposes: z.array(z.string()),
  languages: z.array(z.enum(LANGUAGES)),
  summary: z.array(z.string()).meta({ description: 'What changed against the previous version, material changes first.' }),
  summaryLang: z.enum(LANGUAGES).meta({ description: 'The language of `summary`: the one asked for, or the version’s default when it was not published in it.' }),
});

export const ChangeView = z.object({
  kind: z.enum(['added', 'removed', 'changed']),
  area: z.string(),
  id: z.string(),
  field: z.string().optional(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  material: z.boolean(),
  reason: z.string(),
  purposes: z.array(z.string()),
  consentPurposes: z.array(z.string()),
  summary: z.string().meta({ description: 'The change in one sentence, in the language asked for.' }),
});

export const DiffView = z.object({
  from: z.object({ number: z.number().int(), effectiveDate: z.iso.date() }),
  to: z.object({ number: z.number().int(), effectiveDate: z.iso.date() }),
  lang: z.enum(LANGUAGES),
  material: z.boolean(),
  affectedPurposes: z.array(z.string()),
  changes: z.array(ChangeView),
});

export const PublishedView = VersionSummaryView.extend({
  manifestHash: z.string(),
  publishedBy: z.string(),
  changes: z.array(ChangeView),
  notifications: z.array(z.string()).meta({ description: 'Channels on which a change notification is now pending.' }),
});

export const NotificationView = z.object({
  versionNumber: z.number().int(),
  channel: z.enum(['email', 'banner', 'website_notice', 'in_app']),
  status: z.enum(['pending', 'sent', 'failed']),
  createdAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
});
