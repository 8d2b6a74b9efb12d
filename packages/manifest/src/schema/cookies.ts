import { z } from 'zod';
import { Id, IsoDuration, LocalizedText } from './common.ts';

export const COOKIE_CATEGORIES = ['strictly_necessary', 'functional', 'analytics', 'advertising', 'social_media'] as const;
export const CookieCategory = z.enum(COOKIE_CATEGORIES);

export const Cookie = z
  .object({
    name: z.string().min(1).meta({
      description: 'The cookie or storage key; a trailing `*` makes it a prefix pattern (e.g. `_ga_*`).',
      examples: ['_ga_*'],
    }),
    kind: z.enum(['cookie', 'local_storage', 'session_storage', 'pixel', 'indexed_db']).default('cookie'),
    provider: z.string().min(1).meta({ examples: ['Google Analytics'] }),
    recipient: Id.optional().meta({ description: 'The recipient (vendor) that receives the data, if any.' }),
    party: z.enum(['first', 'third']),
    category: CookieCategory,
    duration: z.union([z.literal('session'), IsoDuration]).meta({ description: '`session` or an ISO 8601 duration.', examples: ['P2Y'] }),
    purpose: LocalizedText,
    domain: z.string().min(1).optional().meta({ description: 'The domain the cookie is set on, when not the site itself.', examples: ['.example.com'] }),
    path: z.string().startsWith('/').optional().meta({ description: 'The cookie path, when not `/`.', examples: ['/shop'] }),
    setBy: z.array(z.string().min(1)).default([]).meta({
      description: 'Scripts or embeds that set it (URL prefixes), used by the banner to block them.',
      examples: [['https://www.googletagmanager.com/gtag/js']],
    }),
    purposes: z.array(Id).default([]).meta({ description: 'The manifest purposes this cookie serves.' }),
  })
  .strict();

export const CookieSettings = z
  .object({
    consentExpiry: IsoDuration.default('P12M').meta({ description: 'How long a choice is kept before asking again (at most 13 months).' }),
    refusalExpiry: IsoDuration.default('P6M').meta({ description: 'How long a refusal is respected before asking again.' }),
    origins: z.array(z.url()).default([]).meta({ description: 'Sites allowed to record consent (CORS).', examples: [['https://www.example.com']] }),
    webBeacons: z.boolean().default(false).meta({ description: 'Whether e-mails contain tracking pixels.' }),
  })
  .strict();
