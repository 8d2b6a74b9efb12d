import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from './database.ts';
import { knownMigrationNames, listPendingMigrations, migrateDownOne, migrateToLatest, migrateUpOne } from './migrator.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

const opened: TestDatabase[] = [];
async function emptyDatabase(): Promise<Db> {
  const t = await createTestDatabase({ migrate: false });
  opened.push(t);
  return t.db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((t) => t.destroy()));
});

/** Everything a migration can change that code depends on, with the schema name taken out so two schemas compare. */
async function describeSchema(db: Db): Promise<unknown> {
  const columns = await sql`
    select table_name, column_name, data_type, is_nullable, column_default
    from information_schema.columns where table_schema = current_schema()
    order by table_name, column_name`.execute(db);
  const constraints = await sql`
    select c.conname, t.relname, pg_get_constraintdef(c.oid) as def
    from pg_constraint c join pg_class t on t.oid = c.conrelid
    where c.connamespace = current_schema()::regnamespace order by c.conname`.execute(db);
  const indexes = await sql<{ indexname: string; indexdef: string }>`
    select indexname, replace(indexdef, current_schema() || '.', '') as indexdef
    from pg_indexes where schemaname = current_schema() order by indexname`.execute(db);
  const triggers = await sql`
    select trigger_name, event_manipulation, action_timing, action_statement
    from information_schema.triggers where trigger_schema = current_schema()
    order by trigger_name, event_manipulation`.execute(db);
  return { columns: columns.rows, constraints: constraints.rows, indexes: indexes.rows, triggers: triggers.rows };
}

describe('migrations', () => {
  it('a fresh database and one migrated step by step (each step also rolled back and re-applied) end identical', async () => {
    const fresh = await emptyDatabase();
    expect((await migrateToLatest(fresh)).applied).toEqual(knownMigrationNames());

    const stepped = await emptyDatabase();
    for (const name of knownMigrationNames()) {
      expect((await migrateUpOne(stepped)).applied).toEqual([name]);
      expect((await migrateDownOne(stepped)).applied).toEqual([name]);
      expect((await migrateUpOne(stepped)).applied).toEqual([name]);
    }

    const freshShape = await describeSchema(fresh);
    expect(freshShape).toMatchObject({ columns: expect.arrayContaining([expect.objectContaining({ table_name: 'audit_log' })]) });
    expect(await describeSchema(stepped)).toEqual(freshShape);
  });

  it('is idempotent and reports nothing pending once current', async () => {
    const db = await emptyDatabase();
    expect(await listPendingMigrations(db)).toEqual(knownMigrationNames());
    await migrateToLatest(db);
    expect((await migrateToLatest(db)).applied).toEqual([]);
    expect(await listPendingMigrations(db)).toEqual([]);
  });

  it('names migrations so that they sort in the order they must run', () => {
    const names = knownMigrationNames();
    names.forEach((name, i) => expect(name).toMatch(new RegExp(`^${String(i + 1).padStart(4, '0')}-[a-z0-9-]+$`)));
  });
});
