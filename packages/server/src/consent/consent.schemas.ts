import { CONSENT_MODE_KEYS } from '@pledge/manifest';
import { z } from 'zod';
import { CONSENT_METHODS } from './consent-chain.ts';

const Id = z.string().min(1).max(100);
const ConsentModeValue = z.enum(['granted', 'denied']);

/** The banner's ConsentRecordBody (packages/manifest/src/compile/banner-config.ts), plus accountId, import and reason. */
export const ConsentBody = z
  .strictObject({
    site: Id.optional().meta({ description: 'The site named by the script’s data-site.' }),
    subjectId: z
      .string()
      .regex(/^[0-9a-f]{32}$/, 'must be 32 lowercase hex characters')
      .meta({ description: 'The banner’s random pseudonymous id (16 bytes, hex). Stored only as its SHA-256.' }),
    accountId: z.string().min(1).max(200).optional().meta({ description: 'The site’s own id of a logged-in user. Personal: erasable, outside the chain.' }),
    choices: z.record(Id, z.boolean()).meta({ description: 'Category id → granted. Every id must be a category of the manifest.' }),
    vendors: z.record(Id, z.boolean()).meta({ description: 'Vendor (recipient) id → granted.' }),
    method: z.enum(CONSENT_METHODS).meta({ description: '`import` only from a server with an API key, with a reason.' }),
    noticeVersion: z.string().min(1).max(100),
    textVersion: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex'),
    language: z.string().min(2).max(8),
    consentMode: z.strictObject(Object.fromEntries(CONSENT_MODE_KEYS.map((k) => [k, ConsentModeValue])) as Record<(typeof CONSENT_MODE_KEYS)[number], typeof ConsentModeValue>),
    gpc: z.boolean(),
    dnt: z.boolean(),
    test: z.literal(true).optional(),
    reason: z.string().trim().min(1).max(500).optional().meta({ description: 'Required with method `import`: why and from where.' }),
  })
  .meta({ id: 'ConsentRecordBody' });
export type ConsentBody = z.output<typeof ConsentBody>;

export const ReceiptView = z.object({
  receipt: z.uuid().meta({ description: 'Keep it: it names this record in the ledger.' }),
  recordedAt: z.iso.datetime(),
});

export const SubjectParams = z.object({ subject: z.string().regex(/^[0-9a-f]{32}$/, 'must be a subject id: 32 lowercase hex characters') });

export const CurrentQuery = z
  .strictObject({
    purpose: Id.optional().meta({ description: 'A manifest purpose served by cookies the banner asks about.' }),
    category: Id.optional().meta({ description: 'An optional cookie category.' }),
    vendor: Id.optional().meta({ description: 'Also require this vendor to be granted.' }),
  })
  .refine((q) => (q.purpose === undefined) !== (q.category === undefined), { message: 'give exactly one of purpose and category', path: ['purpose'] });

export const CurrentView = z.object({
  allowed: z.boolean(),
  reason: z.enum(['granted', 'no_record', 'expired', 'refused', 'renewal_required']),
  receipt: z.uuid().optional(),
  recordedAt: z.iso.datetime().optional(),
  expiresAt: z.iso.datetime().optional(),
  noticeVersion: z.string().optional(),
  renewalVersion: z.number().int().optional(),
});

export const EvidenceView = z.object({
  seq: z.number().int(),
  receipt: z.uuid(),
  recordedAt: z.iso.datetime(),
  subjectKey: z.string(),
  site: z.string().nullable(),
  origin: z.string().nullable(),
  actor: z.string(),
  method: z.enum(CONSENT_METHODS),
  reason: z.string().nullable(),
  choices: z.record(z.string(), z.boolean()),
  vendors: z.record(z.string(), z.boolean()),
  consentMode: z.record(z.string(), ConsentModeValue),
  noticeVersion: z.string(),
  textVersion: z.string(),
  language: z.string(),
  gpc: z.boolean(),
  gpcHeader: z.boolean(),
  dnt: z.boolean(),
  region: z.string().nullable(),
  regionSource: z.enum(['accept-language', 'none']),
  test: z.boolean(),
  prevHash: z.string(),
  hash: z.string(),
});

export const ChainBreakView = z.object({ seq: z.number().int(), receipt: z.string().nullable(), reason: z.string() });

export const VerificationView = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    checked: z.number().int(),
    head: z.object({ seq: z.number().int(), hash: z.string() }).nullable().meta({
      description: 'Record this elsewhere: removing the newest records is only detectable against a copy of the head.',
    }),
  }),
  z.object({ ok: z.literal(false), checked: z.number().int(), firstBroken: ChainBreakView }),
]);
