import { JURISDICTIONS, LANGUAGES } from '@pledge/manifest';
import { z } from 'zod';
import { ASSURANCE_LEVELS } from './assurance.ts';
import { CHANNELS } from './request-model.ts';
import { REFERENCE_PATTERN } from './request-secrets.ts';
import { DENIAL_REASONS, REQUEST_STATES } from './request-state-machine.ts';
import { REQUEST_TYPES } from './request-types.ts';

export const RequestTypeSchema = z.enum(REQUEST_TYPES);
export const JurisdictionSchema = z.enum(JURISDICTIONS);
export const StateSchema = z.enum(REQUEST_STATES);
export const DenialReasonSchema = z.enum(DENIAL_REASONS);
export const AssuranceSchema = z.enum(ASSURANCE_LEVELS);

const Email = z.email().max(254);
const Token = z.string().min(20).max(200).meta({ description: 'A secret token (base64url).' });
export const ReferenceParams = z.object({ reference: z.string().regex(REFERENCE_PATTERN, 'is not a request reference') });
export const IdParams = z.object({ id: z.uuid() });
export const StatusTokenQuery = z.object({ token: Token.meta({ description: 'The status token given when the request was made.' }) });

const IntakeFields = {
  type: RequestTypeSchema,
  jurisdiction: JurisdictionSchema,
  email: Email.meta({ description: 'The address the request is bound to: verification and results go here, nowhere else.' }),
  accountId: z.string().trim().min(1).max(200).optional(),
  phone: z.string().regex(/^\+?[0-9 ()-]{6,24}$/, 'is not a phone number').optional(),
  name: z.string().trim().min(1).max(200).optional(),
  details: z.string().max(5000).optional(),
  corrections: z
    .array(z.strictObject({ field: z.string().min(1).max(200).meta({ examples: ['shop.customers.name'] }), value: z.string().max(2000) }))
    .min(1)
    .max(50)
    .optional()
    .meta({ description: 'For rectification: the corrected value of each declared field (system.dataset.field).' }),
  language: z.enum(LANGUAGES).optional(),
  agent: z
    .strictObject({ name: z.string().trim().min(1).max(200), email: Email, organisation: z.string().trim().min(1).max(200).optional() })
    .optional()
    .meta({ description: 'Set when an authorised agent submits for the person; the agent then uploads the signed authorisation.' }),
};

export const IntakeBody = z.strictObject(IntakeFields);
export const AdminIntakeBody = z.strictObject({
  ...IntakeFields,
  channel: z.enum(CHANNELS),
  receivedAt: z.iso.datetime({ offset: true }).meta({ description: 'When the request reached the company: the deadline runs from here.' }),
});
export type IntakeInput = z.output<typeof IntakeBody>;

export const IntakeAccepted = z.object({
  reference: z.string(),
  statusToken: z.string().meta({ description: 'Shown once: the key to the status page. Stored only as a hash.' }),
});

export const CodeBody = z.strictObject({ token: Token, code: z.string().regex(/^[0-9]{6}$/, 'must be six digits') });
export const LinkBody = z.strictObject({ token: Token.meta({ description: 'The token from the verification link.' }) });
export const AssertionBody = z.strictObject({ token: Token, assertion: z.string().min(10).max(8000).meta({ description: 'A JWT signed by the company site.' }) });
export const TokenBody = z.strictObject({ token: Token });
export const DeliveryBody = z.strictObject({ token: Token, email: Email });

export const TimelineEntry = z.object({ at: z.iso.datetime(), kind: z.string(), state: StateSchema.nullable(), reason: DenialReasonSchema.nullable() });

export const PersonView = z.object({
  reference: z.string(),
  type: RequestTypeSchema,
  jurisdiction: JurisdictionSchema,
  state: StateSchema,
  denialReason: DenialReasonSchema.nullable(),
  receivedAt: z.iso.datetime(),
  dueAt: z.iso.datetime(),
  extended: z.boolean(),
  viaAgent: z.boolean().meta({ description: 'Made by an authorised agent: the person confirms through the link mailed to them, not with a code.' }),
  timeline: z.array(TimelineEntry),
  package: z
    .object({
      state: z.enum(['available', 'downloaded', 'expired', 'locked']),
      expiresAt: z.iso.datetime().nullable(),
      downloadedAt: z.iso.datetime().nullable(),
    })
    .nullable()
    .meta({
      description:
        'The access package, once its link was mailed: available (expiresAt), downloaded (the link is single use), expired (link or package), locked (too many wrong codes). Null before.',
    }),
});

export const Accepted = z.object({ state: StateSchema.optional(), message: z.string() });
