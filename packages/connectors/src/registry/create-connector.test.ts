import { describe, expect, it } from 'vitest';
import type { SystemSpec } from '../connector.ts';
import { demoDataset, loadDemoShopManifest } from '../testing/demo-shop-manifest.ts';
import { createConnector, createConnectors } from './create-connector.ts';

const manifest = loadDemoShopManifest();
const dataset = demoDataset(manifest, 'customers');
const system = (connection: SystemSpec['connection']): SystemSpec => ({ id: 'shop', name: 'Shop', connection, datasets: [dataset] });

describe('createConnector', () => {
  it('reads the connection string from the variable the manifest names', async () => {
    const connectors = createConnectors(manifest.systems, { SHOP_DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test', CRM_DATABASE_URL: 'mysql://root@127.0.0.1:3306/test' });
    expect(Object.fromEntries(Object.entries(connectors).map(([id, c]) => [id, c.describe().target]))).toEqual({
      shop: 'postgres at 127.0.0.1:5432/test',
      crm: 'mysql at 127.0.0.1:3306/test',
    });
    await Promise.all(Object.values(connectors).map((c) => c.close()));
  });

  it('says which variable to set when it is missing or empty', () => {
    expect(() => createConnector(system({ engine: 'postgres', urlEnv: 'SHOP_DATABASE_URL' }), {})).toThrow(
      'System "shop" (postgres) reads its connection string from the environment variable SHOP_DATABASE_URL, which is not set.',
    );
    expect(() => createConnector(system({ engine: 'mysql', urlEnv: 'CRM_URL' }), { CRM_URL: ' ' })).toThrow(/CRM_URL, which is not set/);
    expect(() => createConnector(system({ engine: 'sqlite' }), {})).toThrow(/has no connection\.urlEnv/);
    expect(() => createConnector(system({ engine: 'webhook', urlEnv: 'HOOK_URL' }), { HOOK_URL: 'https://crm.example.com/pledge' })).toThrow(/connection\.secretEnv/);
  });

  it('never puts the connection string in an error', () => {
    const attempt = () => createConnector(system({ engine: 'postgres', urlEnv: 'SHOP_DATABASE_URL' }), { SHOP_DATABASE_URL: 'mysql://admin:s3cr3t@db/shop' });
    expect(attempt).toThrow(/Invalid PostgreSQL connector settings/);
    expect(attempt).not.toThrow(/s3cr3t/);
  });

  it('builds webhook and manual connectors from their settings', () => {
    const hook = createConnector(system({ engine: 'webhook', urlEnv: 'HOOK_URL', secretEnv: 'HOOK_SECRET' }), { HOOK_URL: 'https://crm.example.com/pledge', HOOK_SECRET: 'whsec_0123456789abcdef' });
    expect(hook.describe()).toMatchObject({ engine: 'webhook', target: 'webhook at https://crm.example.com/pledge' });
    expect(createConnector(system({ engine: 'manual', assignee: 'Office manager' }), {}).describe().target).toBe('manual tasks for Office manager');
  });
});
