import { z } from 'zod';

const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a plain identifier');

export const SqliteConfig = z
  .object({
    /** A file path, `file:/path`, `sqlite:/path`, or `:memory:` (tests). */
    url: z.string().min(1, 'a database file path'),
    restrictionColumn: identifier.default('pledge_restricted_at'),
    /** Milliseconds to wait for another process's write lock. */
    busyTimeout: z.number().int().min(0).default(5000),
  })
  .strict();
export type SqliteConfig = z.input<typeof SqliteConfig>;

/** `sqlite:///var/db/shop.db`, `file:/var/db/shop.db` and `/var/db/shop.db` name the same file. */
export const sqlitePath = (url: string): string => (url === ':memory:' ? url : url.replace(/^(sqlite|file):(\/\/(?=\/))?/, ''));
