import { z } from 'zod';
import type { PledgeApp } from '../app-types.ts';
import { principalOf } from './access-control.ts';
import { ROLES, RoleSchema } from './roles.ts';

export function registerWhoamiRoutes(app: PledgeApp): void {
  app.get('/v1/admin/whoami', {
    config: { access: ROLES },
    schema: {
      summary: 'The API key making this request',
      response: { 200: z.object({ keyId: z.uuid(), label: z.string(), role: RoleSchema }) },
    },
    handler: async (request) => ({ ...principalOf(request) }),
  });
}
