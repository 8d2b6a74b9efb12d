import type { Db } from '../db/database.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const idsAfter = (actors: readonly string[], prefix: string) => [...new Set(actors.filter((a) => a.startsWith(prefix)).map((a) => a.slice(prefix.length)).filter((id) => UUID.test(id)))];

/**
 * Who the staff actors on a timeline are, for the people reading it: `user:<id>` → the console account's e-mail,
 * `key:<id>` → the API key's label. Other actors (`system`, `person`, `cli`) read as they are; unknown ids are left out.
 */
export async function findActorLabels(db: Db, actors: readonly string[]): Promise<Record<string, string>> {
  const users = idsAfter(actors, 'user:');
  const keys = idsAfter(actors, 'key:');
  const [userRows, keyRows] = await Promise.all([
    users.length > 0 ? db.selectFrom('admin_users').select(['id', 'email']).where('id', 'in', users).execute() : [],
    keys.length > 0 ? db.selectFrom('api_keys').select(['id', 'label']).where('id', 'in', keys).execute() : [],
  ]);
  return Object.fromEntries([...userRows.map((r) => [`user:${r.id}`, r.email]), ...keyRows.map((r) => [`key:${r.id}`, `API key ${r.label}`])]);
}
