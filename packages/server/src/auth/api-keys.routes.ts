import { z } from 'zod';
import type { PledgeApp } from '../app-types.ts';
import { principalOf } from './access-control.ts';
import type { ApiKeyRecord } from './api-keys.repository.ts';
import type { ApiKeysService } from './api-keys.service.ts';
import { actorOf, RoleSchema } from './roles.ts';

const ApiKeyView = z.object({
  id: z.uuid(),
  label: z.string(),
  role: RoleSchema,
  prefix: z.string().meta({ description: 'The non-secret start of the key, to recognise it.' }),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});

const CreateKeyBody = z.strictObject({
  label: z.string().trim().min(1).max(100).meta({ description: 'What the key is for, e.g. "support desk".' }),
  role: RoleSchema,
});

const ADMIN_ONLY = ['admin'] as const;

export function registerApiKeyRoutes(app: PledgeApp, keys: ApiKeysService): void {
  app.post('/v1/admin/keys', {
    config: { access: ADMIN_ONLY },
    schema: {
      summary: 'Create an API key',
      description: 'The key is in this response only; it is stored hashed and cannot be shown again.',
      body: CreateKeyBody,
      response: { 201: ApiKeyView.extend({ key: z.string().meta({ description: 'The secret key. Shown once.' }) }) },
    },
    handler: async (request, reply) => {
      const created = await keys.create(request.body, actorOf(principalOf(request)));
      // The secret must not end up in a shared or browser cache.
      reply.header('cache-control', 'no-store');
      return reply.code(201).send({ ...toView(created.key), key: created.plaintext });
    },
  });

  app.get('/v1/admin/keys', {
    config: { access: ADMIN_ONLY },
    schema: { summary: 'List API keys (never their secrets)', response: { 200: z.object({ keys: z.array(ApiKeyView) }) } },
    handler: async () => ({ keys: (await keys.list()).map(toView) }),
  });

  app.delete('/v1/admin/keys/:id', {
    config: { access: ADMIN_ONLY },
    schema: { summary: 'Revoke an API key', params: z.object({ id: z.uuid() }), response: { 200: ApiKeyView } },
    handler: async (request) => toView(await keys.revoke(request.params.id, actorOf(principalOf(request)))),
  });
}

function toView(key: ApiKeyRecord): z.output<typeof ApiKeyView> {
  return {
    id: key.id,
    label: key.label,
    role: key.role,
    prefix: key.prefix,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}
