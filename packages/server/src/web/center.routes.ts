import { JURISDICTIONS, manifestHash, type Manifest } from '@pledge/manifest';
import { z } from 'zod';
import type { PledgeApp } from '../app-types.ts';
import { isOffered, REQUEST_TYPES } from '../rights/request-types.ts';

const Text = z.union([z.string(), z.record(z.string(), z.string())]).meta({ description: 'A string, or text per language.' });

const CenterView = z.object({
  organisation: z.object({
    name: z.string(),
    website: z.string().nullable(),
    logoUrl: z.string().nullable(),
    primaryColor: z.string().nullable(),
    accentColor: z.string().nullable(),
  }),
  languages: z.array(z.string()),
  defaultLanguage: z.string(),
  jurisdictions: z.array(z.object({ id: z.enum(JURISDICTIONS), requestTypes: z.array(z.enum(REQUEST_TYPES)) })),
  marketing: z.object({ channels: z.array(z.string()), purposes: z.array(z.object({ id: z.string(), name: Text })) }),
  authorisedAgents: z.object({ allowed: z.boolean(), proof: z.array(z.string()) }),
  verificationMethods: z.array(z.string()),
  requestChannels: z.array(z.object({ type: z.string(), value: z.string() })),
  selfService: z.array(z.object({ right: z.string(), url: z.string() })),
  correctableFields: z.array(z.object({ id: z.string(), category: z.string() })).meta({ description: 'The declared fields a rectification may name (system.dataset.field).' }),
  manifestHash: z.string(),
});
export type CenterView = z.output<typeof CenterView>;

/**
 * `access` and `know` are one request in two laws' words (request-types.ts offers either for either): a form shows the
 * one its reader's law uses, the CCPA's "right to know" in California and the GDPR's "access" elsewhere.
 */
function inLawsWords(jurisdiction: string, type: string): boolean {
  if (type === 'know') return jurisdiction === 'ccpa';
  if (type === 'access') return jurisdiction !== 'ccpa';
  return true;
}

/** What the privacy center needs to draw itself from the manifest: public facts only, computed once. */
export function centerViewOf(manifest: Manifest): CenterView {
  const { branding } = manifest.organisation;
  const marketing = manifest.purposes.filter((p) => p.marketing);
  return {
    organisation: {
      name: manifest.organisation.name,
      website: manifest.organisation.website ?? null,
      logoUrl: branding?.logoUrl ?? null,
      primaryColor: branding?.primaryColor ?? null,
      accentColor: branding?.accentColor ?? null,
    },
    languages: [...manifest.notice.languages],
    defaultLanguage: manifest.notice.defaultLanguage,
    jurisdictions: manifest.jurisdictions.map((id) => ({ id, requestTypes: REQUEST_TYPES.filter((type) => isOffered(manifest, id, type) && inLawsWords(id, type)) })),
    marketing: {
      channels: [...new Set(marketing.flatMap((p) => p.channels))],
      purposes: marketing.map((p) => ({ id: p.id, name: p.name as z.output<typeof Text> })),
    },
    authorisedAgents: { allowed: manifest.rights.authorisedAgents.allowed, proof: [...manifest.rights.authorisedAgents.proof] },
    verificationMethods: [...manifest.rights.verification.methods],
    requestChannels: manifest.rights.channels.map((c) => ({ type: c.type, value: c.value })),
    selfService: manifest.rights.selfService.map((s) => ({ right: s.right, url: s.url })),
    correctableFields: manifest.systems.flatMap((sys) => sys.datasets.flatMap((d) => d.fields.map((f) => ({ id: `${sys.id}.${d.id}.${f.name}`, category: f.category })))),
    manifestHash: manifestHash(manifest),
  };
}

export function registerCenterRoutes(app: PledgeApp, manifest: Manifest): void {
  const view = centerViewOf(manifest);
  app.get('/v1/privacy-center', {
    config: { access: 'public' },
    schema: {
      summary: 'What the privacy center shows: branding, languages, the request types offered per jurisdiction, marketing channels',
      response: { 200: CenterView },
    },
    handler: async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return view;
    },
  });
}
