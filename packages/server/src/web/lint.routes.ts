import { lintManifest, loadManifest, type Manifest } from '@pledge/manifest';
import { z } from 'zod';
import type { PledgeApp } from '../app-types.ts';
import { ROLES } from '../auth/roles.ts';

const FindingView = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  path: z.string(),
  accepted: z.object({ reason: z.string() }).nullable(),
});

/**
 * `pledge check` for the manifest this server runs. The server holds the validated manifest, not its YAML, so the
 * findings carry manifest paths (`recipients[2].transfer`) but no line numbers.
 */
export function lintFindingsOf(manifest: Manifest): Array<z.output<typeof FindingView>> {
  const reloaded = loadManifest(JSON.stringify(manifest, null, 1), 'manifest.json');
  return lintManifest(reloaded).map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, path: f.path, accepted: f.accepted ?? null }));
}

export function registerLintRoutes(app: PledgeApp, manifest: Manifest): void {
  let cached: ReturnType<typeof lintFindingsOf> | undefined;
  app.get('/v1/admin/manifest/lint', {
    config: { access: ROLES },
    schema: {
      summary: 'The lint findings (`pledge check`) of the manifest this server runs',
      response: { 200: z.object({ errors: z.number().int(), warnings: z.number().int(), findings: z.array(FindingView) }) },
    },
    handler: async () => {
      // The manifest is immutable for the life of the app: lint it once, on first use.
      cached ??= lintFindingsOf(manifest);
      const open = cached.filter((f) => f.accepted === null);
      return { errors: open.filter((f) => f.severity === 'error').length, warnings: open.filter((f) => f.severity === 'warning').length, findings: cached };
    },
  });
}
