import { z } from 'zod';

/** Languages the notice, banner and privacy center are written in. */
export const LANGUAGES = ['en', 'nl', 'de'] as const;
export const Language = z.enum(LANGUAGES).meta({ description: 'A language Pledge writes in.', examples: ['en'] });
export type Language = z.infer<typeof Language>;

/** Legal regimes whose rules Pledge knows (deadlines, rights, children's ages). */
export const JURISDICTIONS = ['gdpr', 'uk_gdpr', 'ccpa', 'lgpd'] as const;
export const Jurisdiction = z.enum(JURISDICTIONS).meta({
  description: 'A legal regime: EU GDPR, UK GDPR, California CCPA/CPRA, Brazil LGPD.',
  examples: ['gdpr'],
});
export type Jurisdiction = z.infer<typeof Jurisdiction>;

/** Text per language; a plain string is taken as written in the notice's default language. */
export const LocalizedText = z
  .union([
    z.string().min(1),
    z
      .object({ en: z.string().min(1).optional(), nl: z.string().min(1).optional(), de: z.string().min(1).optional() })
      .strict()
      .refine((t) => Object.keys(t).length > 0, { message: 'give the text in at least one language' }),
  ])
  .meta({
    description: 'Text in one or more languages: a string (in the default language) or an object keyed by language.',
    examples: [{ en: 'To send you our newsletter', nl: 'Om je onze nieuwsbrief te sturen' }],
  });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** An identifier in lower snake/kebab case, used to refer to an element from elsewhere in the manifest. */
export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'use lower-case letters, digits, "-" and "_", starting with a letter or digit')
  .meta({ description: 'An identifier other parts of the manifest refer to.', examples: ['newsletter'] });

/** ISO 3166-1 alpha-2 country code, upper case. */
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'use an ISO 3166-1 alpha-2 country code such as "NL" or "US"')
  .meta({ description: 'ISO 3166-1 alpha-2 country code.', examples: ['NL'] });

/** ISO 8601 duration restricted to years, months, weeks and days (P7Y, P13M, P30D). */
export const IsoDuration = z
  .string()
  .regex(/^P(?=\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/, 'use an ISO 8601 duration such as "P7Y", "P6M" or "P30D"')
  .meta({ description: 'An ISO 8601 duration in years, months, weeks or days.', examples: ['P2Y'] });

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date written as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'not a real calendar date')
  .meta({ description: 'A calendar date, YYYY-MM-DD.', examples: ['2018-05-25'] });

export const Email = z.email('not a valid e-mail address').meta({ examples: ['privacy@example.com'] });
export const Url = z.url('not a valid URL').meta({ examples: ['https://example.com/privacy'] });

export const PostalAddress = z
  .object({
    street: z.string().min(1).meta({ examples: ['Keizersgracht 1'] }),
    postalCode: z.string().min(1).optional().meta({ examples: ['1015 CJ'] }),
    city: z.string().min(1).meta({ examples: ['Amsterdam'] }),
    region: z.string().min(1).optional().meta({ examples: ['CA'] }),
    country: CountryCode,
  })
  .strict()
  .meta({ description: 'A postal address.', examples: [{ street: 'Keizersgracht 1', postalCode: '1015 CJ', city: 'Amsterdam', country: 'NL' }] });
