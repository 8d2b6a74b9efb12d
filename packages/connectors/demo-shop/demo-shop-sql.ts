import { readFileSync } from 'node:fs';
import { CRM_TABLES, SHOP_TABLES, generateDemoShop, type DemoShopData, type DemoTable, type SeedValue } from './demo-shop-seed.ts';

export type DemoEngine = 'postgres' | 'mysql' | 'sqlite';

const literal = (value: SeedValue): string => (value === null ? 'NULL' : typeof value === 'number' ? String(value) : `'${value.replaceAll("'", "''")}'`);

/** One multi-row INSERT per table, in an order that satisfies the foreign keys; valid on all three engines. */
export function renderSeedSql(data: DemoShopData = generateDemoShop(), tables: readonly DemoTable[] = [...SHOP_TABLES, ...CRM_TABLES]): string[] {
  return tables
    .filter((table) => data[table].length > 0)
    .map((table) => {
      const rows = data[table];
      const columns = Object.keys(rows[0]!);
      const values = rows.map((row) => `  (${columns.map((c) => literal(row[c] ?? null)).join(', ')})`).join(',\n');
      return `INSERT INTO ${table} (${columns.join(', ')}) VALUES\n${values}`;
    });
}

/** The engine's CREATE statements, optionally only those for some tables (and their indexes). */
export function schemaStatements(engine: DemoEngine, tables?: readonly DemoTable[]): string[] {
  const text = readFileSync(new URL(`./schema.${engine}.sql`, import.meta.url), 'utf8');
  return text
    .split(/;\s*\n/)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter((s) => s.length > 0)
    .filter((s) => !tables || tables.some((t) => new RegExp(`(TABLE|ON) ${t} `).test(s)));
}

/** Creates and fills the demo shop through `exec` (one statement per call, no parameters). */
export async function loadDemoShop(exec: (sql: string) => Promise<unknown>, engine: DemoEngine, tables?: readonly DemoTable[], data: DemoShopData = generateDemoShop()): Promise<void> {
  for (const statement of schemaStatements(engine, tables)) await exec(statement);
  for (const statement of renderSeedSql(data, tables)) await exec(statement);
}
