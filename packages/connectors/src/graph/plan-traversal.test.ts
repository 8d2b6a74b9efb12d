import { describe, expect, it } from 'vitest';
import type { Manifest } from '@pledge/manifest';
import { loadDemoShopManifest } from '../testing/demo-shop-manifest.ts';
import { buildDatasetGraph, nodeId } from './dataset-graph.ts';
import { planTraversal } from './plan-traversal.ts';

const manifest = loadDemoShopManifest();
const ids = (refs: { system: string; dataset: string }[]) => refs.map(nodeId);

describe('planTraversal', () => {
  it('starts at the datasets holding the identity and reaches the rest through references, across systems', () => {
    const plan = planTraversal(manifest, ['email']);
    expect(ids(plan.steps).slice(0, 3)).toEqual(['shop.customers', 'shop.newsletter', 'crm.support-tickets']);
    expect(ids(plan.steps).sort()).toEqual(
      ['crm.support-tickets', 'crm.web-events', 'shop.addresses', 'shop.customers', 'shop.invoices', 'shop.newsletter', 'shop.order-items', 'shop.orders'].sort(),
    );
    expect(plan.unreachable).toEqual([]);
    expect(plan.cycles).toEqual([]);
  });

  it('follows references in both directions: children by the parent key, the parent by a child foreign key', () => {
    const plan = planTraversal(manifest, ['cookie_id']);
    expect(ids(plan.steps)[0]).toBe('crm.web-events');
    const customers = plan.steps.find((s) => s.dataset === 'customers')!;
    expect(customers.lookups).toContainEqual({ via: 'child', field: 'id', from: { system: 'crm', dataset: 'web-events' }, fromField: 'customer_id' });
    const orders = plan.steps.find((s) => s.dataset === 'orders')!;
    expect(orders.lookups).toContainEqual({ via: 'parent', field: 'customer_id', from: { system: 'shop', dataset: 'customers' }, fromField: 'id' });
    expect(plan.unreachable).toEqual([{ system: 'shop', dataset: 'newsletter', reason: expect.stringMatching(/no identity field of the requested types \(cookie_id\)/) }]);
  });

  it('orders erasure children before parents', () => {
    const plan = planTraversal(manifest, ['email']);
    const order = ids(plan.erasureOrder);
    for (const edge of buildDatasetGraph(manifest).edges) expect(order.indexOf(edge.child)).toBeLessThan(order.indexOf(edge.parent));
  });

  it('detects reference cycles and still plans every dataset once', () => {
    const cyclic = structuredClone(manifest) as Manifest;
    const shop = cyclic.systems[0]!;
    shop.datasets[0]!.references.push({ field: 'referred_by', to: 'shop.customers.id' });
    shop.datasets[1]!.references.push({ field: 'id', to: 'shop.orders.id' }); // addresses → orders → customers → … and back
    shop.datasets[0]!.references.push({ field: 'id', to: 'shop.addresses.customer_id' });
    const plan = planTraversal(cyclic, ['email']);
    expect(plan.cycles.map(ids)).toContainEqual(expect.arrayContaining(['shop.customers', 'shop.addresses']));
    expect(new Set(ids(plan.erasureOrder)).size).toBe(plan.steps.length);
  });

  it('reports datasets that no identity or reference reaches, and broken references', () => {
    const broken = structuredClone(manifest) as Manifest;
    broken.systems[1]!.datasets[1]!.identities = [];
    broken.systems[1]!.datasets[1]!.references = [{ field: 'customer_id', to: 'shop.clients.id' }];
    const plan = planTraversal(broken, ['email']);
    expect(plan.unreachable).toEqual([{ system: 'crm', dataset: 'web-events', reason: 'its reference crm.web-events.customer_id → shop.clients.id points at a dataset that does not exist' }]);
    expect(planTraversal(manifest, []).steps).toEqual([]);
  });
});
