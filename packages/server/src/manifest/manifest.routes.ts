import { manifestHash, type Manifest } from '@pledge/manifest';
import { z } from 'zod';
import type { PledgeApp } from '../app-types.ts';
import { ROLES } from '../auth/roles.ts';

export function registerManifestRoutes(app: PledgeApp, manifest: Manifest): void {
  // Computed once: the manifest is immutable for the life of the app.
  const body = { sha256: manifestHash(manifest), manifest };
  app.get('/v1/admin/manifest', {
    config: { access: ROLES },
    schema: {
      summary: 'The manifest this server runs, validated and with defaults applied',
      response: {
        200: z.object({
          sha256: z.string().meta({ description: 'SHA-256 of the manifest in canonical JSON (RFC 8785 key order), without $schema.' }),
          manifest: z.record(z.string(), z.unknown()).meta({ description: 'See schema/pledge.schema.json for its shape.' }),
        }),
      },
    },
    handler: async () => body,
  });
}
