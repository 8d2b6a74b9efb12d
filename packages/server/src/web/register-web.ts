import type { Manifest } from '@pledge/manifest';
import type { PledgeApp } from '../app-types.ts';
import { registerCenterRoutes } from './center.routes.ts';
import { registerLintRoutes } from './lint.routes.ts';
import { registerWebRoutes } from './web.routes.ts';

/** The web app (privacy center, admin console) and the two small APIs only it needs. */
export function registerWebCapability(app: PledgeApp, manifest: Manifest, options: { distDir?: string } = {}): void {
  registerCenterRoutes(app, manifest);
  registerLintRoutes(app, manifest);
  registerWebRoutes(app, { ...options, logoUrl: manifest.organisation.branding?.logoUrl, embedOrigins: manifest.cookieSettings.origins });
}
