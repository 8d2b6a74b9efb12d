import { describe, expect, it } from 'vitest';
import { planErasure } from '../erasure-plan.ts';
import { TEST_HASH_SECRET, demoDataset, loadDemoShopManifest } from '../testing/demo-shop-manifest.ts';
import { ManualConnector } from './manual-connector.ts';

const manifest = loadDemoShopManifest();
const invoices = demoDataset(manifest, 'invoices');
const customers = demoDataset(manifest, 'customers');

describe('manual connector', () => {
  const connector = new ManualConnector('archive', { assignee: 'Office manager' });

  it('turns a search into a pending checklist: what to search for and which fields to copy', async () => {
    const result = await connector.findRows(customers, { field: 'email', values: ['anna.jansen@example.com'] });
    expect(result).toMatchObject({ pending: true, system: 'archive', dataset: 'customers', action: 'access', task: { assignee: 'Office manager' } });
    expect(result.task?.steps.join('\n')).toMatch(/"email" is exactly "anna\.jansen@example\.com"/);
    expect(result.task?.steps.join('\n')).toMatch(/name \(identity\.name\)/);
  });

  it('lists each field with its erasure strategy and the retention rule that keeps it', async () => {
    const { task } = await connector.eraseRows(invoices, [3, 4], planErasure(invoices, TEST_HASH_SECRET));
    const text = task!.steps.join('\n');
    expect(text).toMatch(/"id" is "3", "4"/);
    expect(text).toMatch(/"billing_name": keep it unchanged \(retention rule "tax"\)/);
    expect(text).toMatch(/"billing_email": empty the field/);
  });

  it('rejects corrections of undeclared fields and gives each task its own id', async () => {
    await expect(connector.rectifyRows(customers, [1], { created_at: 'x' })).rejects.toMatchObject({ code: 'undeclared_field' });
    const a = await connector.restrictRows(customers, [1], true);
    const b = await connector.restrictRows(customers, [1], false);
    expect(a.id).not.toBe(b.id);
    expect(b.task?.steps.join(' ')).toMatch(/Art\. 18\(3\)/);
  });
});
