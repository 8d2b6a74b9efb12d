import { z } from 'zod';

const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a plain identifier');

export const PostgresConfig = z
  .object({
    url: z.string().regex(/^postgres(ql)?:\/\//, 'a postgres:// or postgresql:// connection string'),
    /** The schema the dataset tables live in; the connection's default search_path when absent. */
    schema: identifier.optional(),
    restrictionColumn: identifier.default('pledge_restricted_at'),
    poolSize: z.number().int().min(1).max(20).default(4),
  })
  .strict();
export type PostgresConfig = z.input<typeof PostgresConfig>;
