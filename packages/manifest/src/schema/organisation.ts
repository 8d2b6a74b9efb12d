import { z } from 'zod';
import { CountryCode, Email, Id, Jurisdiction, LocalizedText, PostalAddress, Url } from './common.ts';

export const Contact = z
  .object({
    name: z.string().min(1).optional().meta({ examples: ['Data Protection Officer'] }),
    email: Email.optional(),
    phone: z.string().min(3).optional().meta({ examples: ['+31 20 123 4567'] }),
    address: PostalAddress.optional(),
    url: Url.optional(),
  })
  .strict()
  .refine((c) => c.email || c.phone || c.address || c.url, { message: 'give at least one way to reach this contact' })
  .meta({ description: 'Someone people can reach: at least one of e-mail, phone, address or web form.' });

export const Representative = z
  .object({
    region: z.enum(['eu', 'uk']).meta({ description: 'Where the representative acts (GDPR Art. 27 / UK GDPR Art. 27).' }),
    name: z.string().min(1).meta({ examples: ['EU Privacy Representative Ltd.'] }),
    contact: Contact.meta({ examples: [{ email: 'eu-rep@example.com', address: { street: 'Main Street 1', city: 'Dublin', country: 'IE' } }] }),
  })
  .strict();

export const SupervisoryAuthority = z
  .object({
    name: z.string().min(1).meta({ examples: ['Autoriteit Persoonsgegevens'] }),
    country: CountryCode,
    url: Url.optional(),
  })
  .strict()
  .meta({ description: 'A data protection supervisory authority.' });

export const Controller = z
  .object({
    id: Id,
    legalName: z.string().min(1).meta({ examples: ['James PRO B.V.'] }),
    registrationNumber: z.string().min(1).optional().meta({ examples: ['KvK 12345678'] }),
    address: PostalAddress,
    contact: Contact,
    dpo: Contact.optional().meta({ description: 'The data protection officer, where one is appointed (GDPR Art. 37).' }),
    representatives: z.array(Representative).default([]),
    leadAuthority: SupervisoryAuthority.optional().meta({
      description: 'The lead supervisory authority (GDPR Art. 56) for cross-border processing.',
    }),
    jurisdictions: z.array(Jurisdiction).optional().meta({
      description: 'The regimes under which this controller acts; defaults to all declared jurisdictions.',
    }),
  })
  .strict();

export const ProcessorRole = z
  .object({
    actsAsProcessor: z.boolean().meta({ description: 'Whether the company also processes personal data on behalf of its customers.', examples: [true] }),
    description: LocalizedText.optional(),
    redirectRequestsTo: LocalizedText.optional().meta({
      description: 'Where people whose data the company processes for a customer should send their requests (the controller).',
      examples: ['The organisation that administers your account'],
    }),
  })
  .strict();

export const Branding = z
  .object({
    primaryColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'use a colour written as #rrggbb').optional().meta({ examples: ['#0b5fff'] }),
    accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'use a colour written as #rrggbb').optional().meta({ examples: ['#ffb000'] }),
    logoUrl: Url.optional(),
  })
  .strict();

export const Organisation = z
  .object({
    name: z.string().min(1).meta({ description: 'The name people know the company by.', examples: ['James PRO'] }),
    website: Url.optional(),
    controllers: z.array(Controller).min(1, 'declare at least one controller'),
    processorRole: ProcessorRole.optional().meta({ description: 'Whether the company also acts as a processor for its customers (GDPR Art. 28).', examples: [{ actsAsProcessor: true, redirectRequestsTo: 'The organisation that administers your account' }] }),
    branding: Branding.optional().meta({ description: 'Colours and logo for the notice, banner and privacy center.', examples: [{ primaryColor: '#0b5fff', logoUrl: 'https://example.com/logo.svg' }] }),
  })
  .strict();
