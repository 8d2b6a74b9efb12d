import { z } from 'zod';
import type { PledgeApp } from '../app-types.ts';
import { principalOf } from '../auth/access-control.ts';
import { actorOf, RoleSchema } from '../auth/roles.ts';
import type { AdminUser } from './accounts.repository.ts';
import type { UsersService } from './users.service.ts';

const ADMIN = ['admin'] as const;
const UserRow = z.object({ id: z.uuid(), email: z.string(), role: RoleSchema, totpEnabled: z.boolean(), createdAt: z.iso.datetime(), disabledAt: z.iso.datetime().nullable() });
const toRow = (u: AdminUser) => ({ id: u.id, email: u.email, role: u.role, totpEnabled: u.totpEnabled, createdAt: u.createdAt.toISOString(), disabledAt: u.disabledAt?.toISOString() ?? null });

/** Console accounts, managed by admins (the CLI's `pledge users` does the same from a shell). */
export function registerUserRoutes(app: PledgeApp, users: UsersService): void {
  app.get('/v1/admin/users', {
    config: { access: ADMIN },
    schema: { summary: 'Console accounts (the read is audited)', response: { 200: z.object({ users: z.array(UserRow) }) } },
    handler: async (request) => ({ users: (await users.list(actorOf(principalOf(request)))).map(toRow) }),
  });

  app.post('/v1/admin/users', {
    config: { access: ADMIN },
    schema: {
      summary: 'Create a console account',
      description: 'Pledge generates the password and returns it once; the person changes it on their account page and may add a second factor there.',
      body: z.strictObject({ email: z.email().max(320), role: RoleSchema }),
      response: { 201: z.object({ user: UserRow, password: z.string() }) },
    },
    handler: async (request, reply) => {
      const created = await users.create(request.body, actorOf(principalOf(request)));
      reply.header('cache-control', 'no-store');
      return reply.code(201).send({ user: toRow(created.user), password: created.generatedPassword! });
    },
  });

  app.post('/v1/admin/users/:id/disable', {
    config: { access: ADMIN },
    schema: {
      summary: 'Deactivate a console account',
      description: 'Its sessions end at once. Not your own account (409 user_self_disable).',
      params: z.object({ id: z.uuid() }),
      response: { 200: z.object({ user: UserRow }) },
    },
    handler: async (request) => ({ user: toRow(await users.disableById(request.params.id, actorOf(principalOf(request)))) }),
  });
}
