import type { Manifest } from '@pledge/manifest';

type Recipient = Manifest['recipients'][number];

export interface SaleOrShare {
  /** Declared by the stance or by any purpose or recipient. */
  happens: boolean;
  categories: string[];
  recipients: Recipient[];
}

/** What is sold (CCPA §1798.140(ad)) or shared for cross-context behavioural advertising (§1798.140(ah)). */
export function saleOrShare(manifest: Manifest, kind: 'sale' | 'share'): SaleOrShare {
  const stance = kind === 'sale' ? manifest.stances.sellsData : manifest.stances.sharesForAdvertising;
  const purposes = manifest.purposes.filter((p) => p[kind]);
  const recipients = manifest.recipients.filter((r) => r[kind]);
  const categories = [...new Set([...purposes.flatMap((p) => p.categories), ...recipients.flatMap((r) => r.categories)])];
  return { happens: stance || purposes.length > 0 || recipients.length > 0, categories, recipients };
}
