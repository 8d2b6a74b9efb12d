import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditService } from '../audit/audit.service.ts';
import { createTestDatabase, type TestDatabase } from '../db/test-database.ts';
import { actingPerson, samePerson } from './acting-person.ts';
import { createApiKeysService, type ApiKeysService } from './api-keys.service.ts';

let database: TestDatabase;
let keys: ApiKeysService;
beforeAll(async () => {
  database = await createTestDatabase();
  keys = createApiKeysService(database.db, createAuditService(database.db));
});
afterAll(() => database.destroy());

const make = async (actor: string) => `key:${(await keys.create({ label: `made by ${actor}`, role: 'admin' }, actor)).key.id}`;

describe('the person behind an actor (two-person rule)', () => {
  it('a console user is a person; keys count as the user at the start of their chain', async () => {
    const child = await make('user:u-1');
    const grandchild = await make(child);
    expect(await actingPerson(database.db, 'user:u-1')).toBe('user:u-1');
    expect(await actingPerson(database.db, child)).toBe('user:u-1');
    expect(await actingPerson(database.db, grandchild)).toBe('user:u-1');
    expect(await samePerson(database.db, 'user:u-1', grandchild)).toBe(true);
    expect(await samePerson(database.db, 'user:u-2', grandchild)).toBe(false);
  });

  it('keys made from the CLI or at first start stand for themselves, and so do unknown keys', async () => {
    const fromCli = await make('cli');
    const fromFirstStart = await make('system');
    expect(await actingPerson(database.db, fromCli)).toBe(fromCli);
    expect(await samePerson(database.db, fromCli, fromFirstStart)).toBe(false);
    expect(await samePerson(database.db, fromCli, await make(fromCli))).toBe(true);
    expect(await actingPerson(database.db, 'key:00000000-0000-0000-0000-000000000000')).toBe('key:00000000-0000-0000-0000-000000000000');
    expect(await actingPerson(database.db, 'system')).toBe('system');
  });

  it('the migration takes the creator of older keys from the audit log', async () => {
    const older = await make('user:u-9');
    const id = older.slice('key:'.length);
    await database.db.updateTable('api_keys').set({ created_by: null }).where('id', '=', id).execute();
    expect(await actingPerson(database.db, older)).toBe(older); // without the record, the key stands alone
    const { up } = await import('../db/migrations/0012-api-key-creators.ts');
    await database.db.schema.alterTable('api_keys').dropColumn('created_by').execute();
    await up(database.db);
    expect(await actingPerson(database.db, older)).toBe('user:u-9');
  });
});
