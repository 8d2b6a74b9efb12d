import { z } from 'zod';

const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a plain identifier');

export const MysqlConfig = z
  .object({
    url: z.string().regex(/^(mysql|mariadb):\/\//, 'a mysql:// or mariadb:// connection string'),
    restrictionColumn: identifier.default('pledge_restricted_at'),
    poolSize: z.number().int().min(1).max(20).default(4),
  })
  .strict();
export type MysqlConfig = z.input<typeof MysqlConfig>;
