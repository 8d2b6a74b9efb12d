import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintManifest, loadManifest } from '@pledge/manifest';
import { PLANTED, generateDemoShop } from '../demo-shop/demo-shop-seed.ts';
import { renderSeedSql, schemaStatements } from '../demo-shop/demo-shop-sql.ts';

const manifestFile = new URL('../demo-shop/demo-shop.pledge.yaml', import.meta.url);

describe('demo shop', () => {
  it('has a valid manifest with no lint findings (what `pledge check` reports)', () => {
    const result = loadManifest(readFileSync(manifestFile, 'utf8'), manifestFile.pathname);
    expect(result.ok).toBe(true);
    if (result.ok) expect(lintManifest(result).map((f) => f.message)).toEqual([]);
  });

  it('generates the same data every time, with the planted look-alikes', () => {
    const data = generateDemoShop();
    expect(generateDemoShop()).toEqual(data);
    expect(data.customers).toHaveLength(50);
    expect(data.customers.filter((c) => c.name === 'Anna Jansen').map((c) => c.email)).toEqual([PLANTED.anna, PLANTED.annaNet]);
    expect(data.web_events.some((e) => e.cookie_id === PLANTED.cookieOnly && e.customer_id === null)).toBe(true);
    expect(data.customers.some((c) => c.email === PLANTED.newsletterOnly)).toBe(false);
  });

  it('ships a seed.sql that matches the generator (regenerate with demo-shop/write-seed-sql.ts)', () => {
    const committed = readFileSync(new URL('../demo-shop/seed.sql', import.meta.url), 'utf8');
    expect(committed.split('\n').slice(1).join('\n')).toBe(`${renderSeedSql().join(';\n\n')};\n`);
  });

  it('declares the same tables on every engine', () => {
    const tables = (engine: 'postgres' | 'mysql' | 'sqlite') => schemaStatements(engine).flatMap((s) => /CREATE TABLE (\w+)/.exec(s)?.[1] ?? []);
    expect(tables('mysql')).toEqual(tables('postgres'));
    expect(tables('sqlite')).toEqual(tables('postgres'));
    expect(tables('postgres')).toHaveLength(8);
  });
});
