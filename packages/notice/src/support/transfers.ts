import { hasEuAdequacy, hasUkAdequacy, isEea, type Manifest } from '@pledge/manifest';

type Recipient = Manifest['recipients'][number];
export type TransferMechanism = NonNullable<Recipient['transfer']>['mechanism'];

/** One recipient processing data in one country outside the EEA (and, for UK GDPR only, outside the UK). */
export interface TransferRow {
  recipient: Recipient;
  country: string;
  /** The declared safeguard, or `adequacy` when reference data says the country is adequate and none is declared. */
  mechanism?: TransferMechanism;
  copyAvailable: boolean;
}

/**
 * The transfers a notice must describe (GDPR Art. 13(1)(f), Chapter V): every recipient country outside the EEA when
 * the GDPR or UK GDPR applies, plus any transfer the manifest declares under another regime.
 */
export function transfersOf(manifest: Manifest): TransferRow[] {
  const eu = manifest.jurisdictions.includes('gdpr');
  const uk = manifest.jurisdictions.includes('uk_gdpr');
  const rows: TransferRow[] = [];
  for (const recipient of manifest.recipients) {
    for (const country of new Set([recipient.country, ...recipient.additionalCountries])) {
      const outside = (eu && !isEea(country)) || (uk && !isEea(country) && country !== 'GB');
      if (!outside && !(recipient.transfer && !eu && !uk)) continue;
      const mechanism = recipient.transfer?.mechanism ?? derivedAdequacy(country, eu, uk);
      rows.push({ recipient, country, ...(mechanism ? { mechanism } : {}), copyAvailable: recipient.transfer?.copyAvailable ?? false });
    }
  }
  return rows;
}

function derivedAdequacy(country: string, eu: boolean, uk: boolean): TransferMechanism | undefined {
  const adequate = (!eu || hasEuAdequacy(country)) && (!uk || hasUkAdequacy(country));
  return adequate ? 'adequacy' : undefined;
}
