import { z } from 'zod';
import { CountryCode, Id, LocalizedText } from './common.ts';
import { CategoryId } from './data-map.ts';

export const ENGINES = ['postgres', 'mysql', 'sqlite', 'webhook', 'manual'] as const;
export const IDENTITY_TYPES = ['email', 'account_id', 'phone', 'cookie_id', 'customer_number', 'device_id', 'name_and_address'] as const;
export const ERASURE_STRATEGIES = ['delete_row', 'null', 'hash', 'redact', 'keep'] as const;

export const Connection = z
  .object({
    engine: z.enum(ENGINES),
    urlEnv: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]*$/, 'name an environment variable, e.g. SHOP_DATABASE_URL')
      .optional()
      .meta({ description: 'The environment variable holding the connection string or endpoint (secrets never live in the manifest).' }),
    secretEnv: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'name an environment variable').optional().meta({
      description: 'For webhooks: the environment variable holding the HMAC signing secret.',
      examples: ['CRM_WEBHOOK_SECRET'],
    }),
    assignee: z.string().min(1).optional().meta({ description: 'For manual systems: who carries out the tasks.', examples: ['Office manager'] }),
  })
  .strict();

export const Field = z
  .object({
    name: z.string().min(1).meta({ examples: ['email'] }),
    category: CategoryId,
    erasure: z.enum(ERASURE_STRATEGIES).meta({ description: 'What erasure does to this field.' }),
    retention: Id.optional().meta({ description: 'For `keep`: the retention rule that requires keeping it.' }),
  })
  .strict();

export const Reference = z
  .object({
    field: z.string().min(1).meta({ description: 'The column in this dataset.', examples: ['customer_id'] }),
    to: z
      .string()
      .regex(/^[a-z0-9_-]+\.[a-z0-9_-]+\.[A-Za-z0-9_]+$/, 'write the target as system.dataset.field')
      .meta({ description: 'The referenced field, as system.dataset.field (may be in another system).', examples: ['shop.customers.id'] }),
  })
  .strict();

export const Identity = z
  .object({
    field: z.string().min(1),
    type: z.enum(IDENTITY_TYPES),
  })
  .strict();

export const Dataset = z
  .object({
    id: Id,
    table: z.string().min(1).meta({ description: 'The table, collection or endpoint path.', examples: ['customers'] }),
    description: LocalizedText.optional(),
    primaryKey: z.string().min(1).default('id'),
    identities: z.array(Identity).default([]).meta({ description: 'Fields that identify the person directly.' }),
    references: z.array(Reference).default([]),
    fields: z.array(Field).min(1, 'list the personal fields of this dataset'),
    retention: Id.optional(),
  })
  .strict();

export const System = z
  .object({
    id: Id,
    name: z.string().min(1),
    connection: Connection,
    location: CountryCode.optional().meta({ description: 'Where the data is stored.' }),
    recipient: Id.optional().meta({ description: 'For a system run by a vendor: the recipient that runs it.' }),
    datasets: z.array(Dataset).min(1, 'list at least one dataset'),
  })
  .strict();
