import { z } from 'zod';
import { Jurisdiction } from './common.ts';
import { CookieSettings, Cookie } from './cookies.ts';
import { CustomCategory, CustomSubject, DeclaredCategory } from './data-map.ts';
import { AcceptedFinding, NoticeSettings } from './notice.ts';
import { Organisation } from './organisation.ts';
import { Purpose } from './purposes.ts';
import { Recipient } from './recipients.ts';
import { RetentionRule } from './retention.ts';
import { Rights } from './rights.ts';
import { Security, Stances } from './stances.ts';
import { System } from './systems.ts';

export const ManifestSchema = z
  .object({
    $schema: z.string().optional().meta({ description: 'Path or URL of the JSON Schema, for editor completion.', examples: ['../schema/pledge.schema.json'] }),
    version: z.literal(1).meta({ description: 'The manifest format version.' }),
    organisation: Organisation,
    jurisdictions: z.array(Jurisdiction).min(1, 'declare at least one jurisdiction'),
    customSubjects: z.array(CustomSubject).default([]),
    customCategories: z.array(CustomCategory).default([]),
    categories: z.array(DeclaredCategory).min(1, 'declare the personal data you process'),
    purposes: z.array(Purpose).min(1, 'declare why you process personal data'),
    retention: z.array(RetentionRule).default([]),
    recipients: z.array(Recipient).default([]),
    cookies: z.array(Cookie).default([]),
    cookieSettings: CookieSettings.default({ consentExpiry: 'P12M', refusalExpiry: 'P6M', origins: [], webBeacons: false }),
    systems: z.array(System).default([]),
    rights: Rights,
    stances: Stances,
    security: Security,
    notice: NoticeSettings,
    accepted: z.array(AcceptedFinding).default([]),
  })
  .strict()
  .meta({ title: 'Pledge manifest', description: 'What personal data a company processes, why, where, how long and with whom.' });

/** The manifest after validation, defaults applied. */
export type Manifest = z.output<typeof ManifestSchema>;
/** The manifest as written in YAML. */
export type ManifestInput = z.input<typeof ManifestSchema>;
