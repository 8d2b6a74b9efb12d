import type { Jurisdiction } from '../../schema/common.ts';
import type { Manifest } from '../../schema/manifest.ts';
import { euTransferNeedsSafeguard, ukTransferNeedsSafeguard } from './reference-data.ts';

type Recipient = Manifest['recipients'][number];

/** Every country a recipient processes data in. */
export const recipientCountries = (r: Recipient): string[] => [...new Set([r.country, ...r.additionalCountries])];

/**
 * Whether data may flow to `country` under `regime` without a Chapter V safeguard: inside the EEA/UK or covered by
 * an adequacy decision. The US is adequate only for companies certified under the EU-US Data Privacy Framework
 * (Commission Decision of 10 July 2023) or the UK-US data bridge, so only with that mechanism declared.
 */
export function isAdequate(country: string, regime: Jurisdiction, mechanism: string | undefined): boolean {
  if (regime === 'gdpr') return !euTransferNeedsSafeguard(country, { dpfCertified: mechanism === 'eu_us_dpf' });
  if (regime === 'uk_gdpr') return !ukTransferNeedsSafeguard(country, { dpfCertified: mechanism === 'uk_us_data_bridge' });
  return true;
}
