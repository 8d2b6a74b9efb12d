import { z } from 'zod';
import type { PledgeApp } from '../app-types.ts';
import { principalOf } from '../auth/access-control.ts';
import { actorOf } from '../auth/roles.ts';
import type { PackageLinks } from './package-links.ts';

/** Staff who answer people may send a new link; the read-only auditor may not. */
const SENDERS = ['admin', 'privacy_officer', 'support_agent'] as const;

export function registerPackageLinkRoutes(app: PledgeApp, links: PackageLinks): void {
  app.post('/v1/admin/requests/:reference/package/link', {
    config: { access: SENDERS },
    schema: {
      summary: 'Mail the person a new single-use link to their access package',
      description: 'To the verified delivery address, valid until the package expires; unused older links stop working. 409 `package_not_available` when there is no package (yet) or it expired.',
      params: z.object({ reference: z.string().min(1).max(40) }),
      response: { 200: z.object({ expiresAt: z.date() }) },
    },
    handler: (request) => links.resend(request.params.reference, actorOf(principalOf(request))),
  });
}
