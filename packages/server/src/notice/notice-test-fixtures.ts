import type { Manifest } from '@pledge/manifest';

/**
 * The minimal fixture after a material change: a new consent-based purpose and analytics data kept longer
 * (P13M → P25M), effective two months later.
 */
export function changedManifest(base: Manifest): Manifest {
  const next = structuredClone(base);
  next.notice.effectiveDate = '2026-03-01';
  const analytics = next.retention.find((r) => r.id === 'analytics');
  if (!analytics) throw new Error('fixture has no analytics retention rule');
  analytics.period = 'P25M';
  const newsletter = next.purposes.find((p) => p.id === 'newsletter');
  if (!newsletter) throw new Error('fixture has no newsletter purpose');
  next.purposes.push({
    ...structuredClone(newsletter),
    id: 'recommendations',
    name: { en: 'Recommending products', nl: 'Producten aanbevelen' },
    marketing: false,
    channels: [],
  });
  return next;
}

/** Only a reworded purpose name: a change, but not a material one. */
export function rewordedManifest(base: Manifest): Manifest {
  const next = structuredClone(base);
  const orders = next.purposes.find((p) => p.id === 'orders');
  if (!orders) throw new Error('fixture has no orders purpose');
  orders.name = { en: 'Processing your orders', nl: 'Je bestellingen verwerken' };
  return next;
}
