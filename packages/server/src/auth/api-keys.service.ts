import { randomUUID } from 'node:crypto';
import type { AuditService } from '../audit/audit.service.ts';
import { inTransaction, type Db } from '../db/database.ts';
import { PledgeError } from '../errors/pledge-error.ts';
import { apiKeyMatches, generateApiKey, hashApiKey, parseApiKey } from './api-key-secret.ts';
import {
  countApiKeys,
  findApiKeyById,
  findApiKeyByPrefix,
  insertApiKey,
  listApiKeys,
  lockApiKeysForBootstrap,
  revokeApiKey,
  touchApiKeyLastUsed,
  type ApiKeyRecord,
} from './api-keys.repository.ts';
import type { Principal, Role } from './roles.ts';

export interface CreatedApiKey {
  key: ApiKeyRecord;
  /** The only time the plaintext exists outside the caller's hands. */
  plaintext: string;
}

export interface ApiKeysService {
  create(input: { label: string; role: Role }, actor: string): Promise<CreatedApiKey>;
  /** Creates an admin key if and only if there are no keys at all (first start); otherwise null. */
  createFirstAdminKey(actor: string): Promise<CreatedApiKey | null>;
  list(): Promise<ApiKeyRecord[]>;
  revoke(id: string, actor: string): Promise<ApiKeyRecord>;
  /** The principal for a presented key, or null for anything unknown, malformed or revoked. */
  authenticate(presented: string): Promise<Principal | null>;
}

// Compared against when the prefix is unknown, so a miss costs the same hash-and-compare as a hit.
const DUMMY_HASH = hashApiKey('plg_0000000000000000_unused');

export function createApiKeysService(db: Db, audit: AuditService, now: () => Date = () => new Date()): ApiKeysService {
  const createIn = async (tx: Db, input: { label: string; role: Role }, actor: string): Promise<CreatedApiKey> => {
    const generated = generateApiKey();
    const key = await insertApiKey(tx, { id: randomUUID(), label: input.label, role: input.role, ...generated, createdBy: actor });
    await audit.record({ actor, action: 'api_key.created', target: `api_key:${key.id}`, details: { role: key.role } }, tx);
    return { key, plaintext: generated.plaintext };
  };

  return {
    create: (input, actor) => inTransaction(db, (tx) => createIn(tx, input, actor)),

    createFirstAdminKey: (actor) =>
      inTransaction(db, async (tx) => {
        await lockApiKeysForBootstrap(tx);
        if ((await countApiKeys(tx)) > 0) return null;
        return createIn(tx, { label: 'first admin key (created on first start)', role: 'admin' }, actor);
      }),

    list: () => listApiKeys(db),

    revoke: (id, actor) =>
      inTransaction(db, async (tx) => {
        const revoked = await revokeApiKey(tx, id, now());
        if (!revoked) {
          const existing = await findApiKeyById(tx, id);
          throw new PledgeError(existing ? 'api_key_already_revoked' : 'api_key_not_found', { details: { id } });
        }
        await audit.record({ actor, action: 'api_key.revoked', target: `api_key:${id}`, details: { role: revoked.role } }, tx);
        return revoked;
      }),

    authenticate: async (presented) => {
      const parsed = parseApiKey(presented);
      const stored = parsed ? await findApiKeyByPrefix(db, parsed.prefix) : undefined;
      const matches = apiKeyMatches(presented, stored?.secretHash ?? DUMMY_HASH);
      if (!stored || !matches || stored.revokedAt !== null) return null;
      await touchApiKeyLastUsed(db, stored.id, now());
      return { keyId: stored.id, label: stored.label, role: stored.role };
    },
  };
}
