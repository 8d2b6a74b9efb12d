import type { Db } from '../db/database.ts';
import { findApiKeyCreator } from './api-keys.repository.ts';

// A chain of keys creating keys longer than this is not followed further (it cannot loop: a key's creator exists
// before it, but the bound keeps a corrupted table from costing more than a few reads).
const MAX_CHAIN = 8;

/**
 * Who stands behind an audit actor, for the two-person rule. A console user (`user:<id>`) is a person. An API key
 * has no person of its own: it counts as whoever created it, followed back through keys that created keys, up to the
 * console user or the key at the start of the chain. A key created from the CLI (`cli`) or at first start
 * (`system`) stands for itself. So a staff member cannot approve their own proposal with a key they made for it.
 */
export async function actingPerson(db: Db, actor: string): Promise<string> {
  let current = actor;
  for (let step = 0; step < MAX_CHAIN && current.startsWith('key:'); step++) {
    const creator = await findApiKeyCreator(db, current.slice('key:'.length));
    if (!creator || !(creator.startsWith('key:') || creator.startsWith('user:'))) return current;
    current = creator;
  }
  return current;
}

/** Whether two audit actors are one person under the rule above. */
export async function samePerson(db: Db, a: string, b: string): Promise<boolean> {
  if (a === b) return true;
  return (await actingPerson(db, a)) === (await actingPerson(db, b));
}
