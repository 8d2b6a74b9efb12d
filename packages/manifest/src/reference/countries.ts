/**
 * Where personal data may go without further safeguards: the EEA, the EU Commission's adequacy decisions
 * (GDPR Art. 45) and the UK's adequacy regulations (UK GDPR Art. 45, DPA 2018 s.17A). Country codes are
 * ISO 3166-1 alpha-2 (so Greece is GR, not the EU's own "EL").
 */

/** The 27 EU member states. Source: TEU Art. 52; EU membership since Croatia's accession on 1 July 2013. */
export const EU_MEMBER_STATES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const;

/** EU + Iceland, Liechtenstein and Norway. Source: EEA Agreement; the GDPR applies in the EEA by EEA Joint Committee Decision 154/2018. */
export const EEA_MEMBER_STATES = [...EU_MEMBER_STATES, 'IS', 'LI', 'NO'] as const;

export type AdequacyScope =
  /** The whole country or territory. */
  | 'full'
  /** Canada: only organisations subject to PIPEDA (commercial activities). */
  | 'commercial_organisations'
  /** Japan: only private-sector operators under the APPI. */
  | 'private_sector'
  /** United States: only organisations certified under the Data Privacy Framework (or its UK Extension). */
  | 'dpf_certified';

export interface AdequacyDecision {
  country: string;
  scope: AdequacyScope;
  /** The legal act that grants adequacy. */
  source: string;
}

/**
 * EU Commission adequacy decisions under GDPR Art. 45(3) (or Directive 95/46/EC Art. 25(6), kept in force by GDPR Art. 45(9)),
 * as listed at commission.europa.eu "Adequacy decisions", checked for 2026. The eleven pre-GDPR decisions were confirmed
 * in the Commission's first review of 15 January 2024 (COM(2024) 7). The European Patent Organisation (2025) is not a
 * country and is left out.
 */
export const EU_ADEQUACY_DECISIONS: readonly AdequacyDecision[] = [
  { country: 'AD', scope: 'full', source: 'Commission Decision 2010/625/EU of 19 October 2010' },
  { country: 'AR', scope: 'full', source: 'Commission Decision 2003/490/EC of 30 June 2003' },
  { country: 'BR', scope: 'full', source: 'Commission Implementing Decision (EU) 2026/179 of 26 January 2026' },
  { country: 'CA', scope: 'commercial_organisations', source: 'Commission Decision 2002/2/EC of 20 December 2001 (PIPEDA)' },
  { country: 'CH', scope: 'full', source: 'Commission Decision 2000/518/EC of 26 July 2000' },
  { country: 'FO', scope: 'full', source: 'Commission Decision 2010/146/EU of 5 March 2010' },
  { country: 'GB', scope: 'full', source: 'Commission Implementing Decision (EU) 2021/1772 of 28 June 2021, renewed on 19 December 2025 until 27 December 2031' },
  { country: 'GG', scope: 'full', source: 'Commission Decision 2003/821/EC of 21 November 2003' },
  { country: 'IL', scope: 'full', source: 'Commission Decision 2011/61/EU of 31 January 2011' },
  { country: 'IM', scope: 'full', source: 'Commission Decision 2004/411/EC of 28 April 2004' },
  { country: 'JE', scope: 'full', source: 'Commission Decision 2008/393/EC of 8 May 2008' },
  { country: 'JP', scope: 'private_sector', source: 'Commission Implementing Decision (EU) 2019/419 of 23 January 2019' },
  { country: 'KR', scope: 'full', source: 'Commission Implementing Decision (EU) 2022/254 of 17 December 2021' },
  { country: 'NZ', scope: 'full', source: 'Commission Decision 2013/65/EU of 19 December 2012' },
  // Upheld by the General Court in Latombe v Commission (T-553/23, 3 September 2025); an appeal to the Court of Justice may follow.
  { country: 'US', scope: 'dpf_certified', source: 'Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 (EU-US Data Privacy Framework)' },
  { country: 'UY', scope: 'full', source: 'Commission Implementing Decision 2012/484/EU of 21 August 2012' },
];

/**
 * UK adequacy regulations ("data bridges"), per the ICO's list of adequacy regulations. The EEA states, Gibraltar and the
 * pre-2021 EU adequacy countries were recognised by DPA 2018 Sch. 21 paras 4–5 (transitional provisions); Korea and the
 * US were added by regulations under DPA 2018 s.17A. Brazil's EU decision has no UK counterpart.
 */
export const UK_ADEQUACY_REGULATIONS: readonly AdequacyDecision[] = [
  ...EEA_MEMBER_STATES.map((country) => ({ country, scope: 'full' as const, source: 'DPA 2018 Sch. 21 para 4' })),
  { country: 'GI', scope: 'full', source: 'DPA 2018 Sch. 21 para 4' },
  ...(['AD', 'AR', 'CH', 'FO', 'GG', 'IL', 'IM', 'JE', 'NZ', 'UY'] as const).map((country) => ({
    country, scope: 'full' as const, source: 'DPA 2018 Sch. 21 para 5',
  })),
  { country: 'CA', scope: 'commercial_organisations', source: 'DPA 2018 Sch. 21 para 5' },
  { country: 'JP', scope: 'private_sector', source: 'DPA 2018 Sch. 21 para 5' },
  { country: 'KR', scope: 'full', source: 'The Data Protection (Adequacy) (Republic of Korea) Regulations 2022, in force 19 December 2022' },
  { country: 'US', scope: 'dpf_certified', source: 'The Data Protection (Adequacy) (United States of America) Regulations 2023 (UK Extension to the EU-US DPF), in force 12 October 2023' },
];

export interface AdequacyOptions {
  /** Whether the US recipient is certified under the EU-US DPF (for the UK: its UK Extension). */
  dpfCertified?: boolean;
}

const EEA: ReadonlySet<string> = new Set(EEA_MEMBER_STATES);

export function isEea(code: string): boolean {
  return EEA.has(code.toUpperCase());
}

export function findEuAdequacy(code: string): AdequacyDecision | undefined {
  return EU_ADEQUACY_DECISIONS.find((d) => d.country === code.toUpperCase());
}

export function findUkAdequacy(code: string): AdequacyDecision | undefined {
  return UK_ADEQUACY_REGULATIONS.find((d) => d.country === code.toUpperCase());
}

/**
 * Whether an EU Commission adequacy decision covers transfers to this country. EEA states have none (they are not third
 * countries). For the US the decision only covers DPF-certified recipients, so pass `dpfCertified`. Canada's and Japan's
 * partial decisions are taken to cover the commercial vendors a manifest lists.
 */
export function hasEuAdequacy(code: string, options: AdequacyOptions = {}): boolean {
  return coversRecipient(findEuAdequacy(code), options);
}

/** Whether UK adequacy regulations cover transfers from the UK to this country (the EEA included). */
export function hasUkAdequacy(code: string, options: AdequacyOptions = {}): boolean {
  return coversRecipient(findUkAdequacy(code), options);
}

/** Whether a transfer from the EEA to this country needs a GDPR Art. 46 safeguard or an Art. 49 derogation. */
export function euTransferNeedsSafeguard(code: string, options: AdequacyOptions = {}): boolean {
  return !isEea(code) && !hasEuAdequacy(code, options);
}

/** Whether a transfer from the UK to this country needs a UK GDPR Art. 46 safeguard (IDTA, Addendum, BCR) or a derogation. */
export function ukTransferNeedsSafeguard(code: string, options: AdequacyOptions = {}): boolean {
  return code.toUpperCase() !== 'GB' && !hasUkAdequacy(code, options);
}

function coversRecipient(decision: AdequacyDecision | undefined, options: AdequacyOptions): boolean {
  if (!decision) return false;
  return decision.scope === 'dpf_certified' ? options.dpfCertified === true : true;
}
