import type { Manifest } from '../../schema/manifest.ts';

/** Whether personal information is sold (CCPA §1798.140(ad)), by the stance or by any purpose or recipient. */
export const sellsData = (m: Manifest): boolean => m.stances.sellsData || m.purposes.some((p) => p.sale) || m.recipients.some((r) => r.sale);

/** Whether personal information is shared for cross-context behavioural advertising (CCPA §1798.140(ah)). */
export const sharesData = (m: Manifest): boolean =>
  m.stances.sharesForAdvertising || m.purposes.some((p) => p.share) || m.recipients.some((r) => r.share);
