import type { Language, Manifest } from '@pledge/manifest';
import { createNoticeContext } from '../model/notice-context.ts';
import { transfersOf } from '../support/transfers.ts';

export interface SubprocessorEntry {
  id: string;
  name: string;
  type: 'processor' | 'sub_processor';
  /** What the processor does (the manifest's `service`), in the requested language. */
  service: string;
  purposes: readonly string[];
  /** Country names, main location first. */
  countries: readonly string[];
  country: string;
  /** The transfer safeguard in words, or empty when the data stays in the EEA or an adequate country is not involved. */
  safeguard: string;
}

/**
 * The processors and sub-processors the company uses (GDPR Art. 28(2), (4)): what customers' DPAs ask to be told
 * about. Each entry names the service, where the data is processed and, for transfers, the safeguard.
 */
export function subprocessorList(manifest: Manifest, lang: Language = manifest.notice.defaultLanguage): SubprocessorEntry[] {
  const ctx = createNoticeContext(manifest, lang);
  const transfers = transfersOf(manifest);
  return manifest.recipients
    .filter((r): r is typeof r & { type: 'processor' | 'sub_processor' } => r.type === 'processor' || r.type === 'sub_processor')
    .map((r) => {
      const mechanisms = [...new Set(transfers.filter((t) => t.recipient.id === r.id).map((t) => (t.mechanism ? ctx.t[`mechanism.${t.mechanism}`] : ctx.t['transfers.noSafeguard'])))];
      const countries = [r.country, ...r.additionalCountries].map(ctx.country);
      return {
        id: r.id,
        name: r.name,
        type: r.type,
        service: ctx.local(r.service)?.text ?? '',
        purposes: r.purposes.map((p) => ctx.purposeName(p).text),
        countries,
        country: ctx.words(countries),
        safeguard: mechanisms.join('; '),
      };
    });
}
