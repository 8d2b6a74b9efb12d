import type { Jurisdiction } from '../schema/common.ts';

export interface AgeRule {
  age: number;
  source: string;
}

/** GDPR Art. 8(1): 16 unless a member state sets a lower age, not below 13. */
export const GDPR_DEFAULT_DIGITAL_CONSENT_AGE = 16;

/**
 * The age from which a child can consent alone to an information society service, per EEA state (GDPR Art. 8(1) and the
 * national implementing law). States without a national rule keep the GDPR's 16.
 */
export const GDPR_DIGITAL_CONSENT_AGES: Readonly<Record<string, AgeRule>> = {
  AT: { age: 14, source: 'Datenschutzgesetz (DSG) §4(4)' },
  BE: { age: 13, source: 'Law of 30 July 2018 on the protection of natural persons, Art. 7' },
  BG: { age: 14, source: 'Personal Data Protection Act, Art. 25c' },
  CY: { age: 14, source: 'Law 125(I)/2018, Art. 8' },
  CZ: { age: 15, source: 'Act No. 110/2019 Coll. on personal data processing, §7' },
  DE: { age: 16, source: 'GDPR Art. 8(1); the BDSG sets no other age' },
  DK: { age: 13, source: 'Databeskyttelsesloven §6(2)' },
  EE: { age: 13, source: 'Isikuandmete kaitse seadus §8' },
  ES: { age: 14, source: 'Ley Orgánica 3/2018 (LOPDGDD), Art. 7' },
  FI: { age: 13, source: 'Tietosuojalaki 1050/2018, §5' },
  FR: { age: 15, source: 'Loi Informatique et Libertés, Art. 45' },
  GR: { age: 15, source: 'Law 4624/2019, Art. 21' },
  HR: { age: 16, source: 'Act on the Implementation of the GDPR (NN 42/2018), Art. 19' },
  HU: { age: 16, source: 'GDPR Art. 8(1); the Infotv. sets no other age' },
  IE: { age: 16, source: 'Data Protection Act 2018, s.31' },
  IS: { age: 13, source: 'Act No. 90/2018 on Data Protection and the Processing of Personal Data' },
  IT: { age: 14, source: 'Codice in materia di protezione dei dati personali, Art. 2-quinquies' },
  LI: { age: 16, source: 'GDPR Art. 8(1); the DSG (LI) sets no other age' },
  LT: { age: 14, source: 'Law on Legal Protection of Personal Data, Art. 6' },
  LU: { age: 16, source: 'GDPR Art. 8(1); the Law of 1 August 2018 sets no other age' },
  LV: { age: 13, source: 'Personal Data Processing Law, §33' },
  MT: { age: 13, source: 'Processing of Child’s Personal Data in relation to the Offer of Information Society Services Regulations (S.L. 586.11)' },
  NL: { age: 16, source: 'Uitvoeringswet AVG, Art. 5' },
  NO: { age: 13, source: 'Personopplysningsloven §5' },
  PL: { age: 16, source: 'GDPR Art. 8(1); the Act of 10 May 2018 sets no other age' },
  PT: { age: 13, source: 'Lei n.º 58/2019, Art. 16' },
  RO: { age: 16, source: 'GDPR Art. 8(1); Law 190/2018 sets no other age' },
  SE: { age: 13, source: 'Lag (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning, 2 kap. 4 §' },
  SI: { age: 15, source: 'Zakon o varstvu osebnih podatkov (ZVOP-2), Art. 8' },
  SK: { age: 16, source: 'Act No. 18/2018 Coll. on personal data protection, §15' },
};

/** UK GDPR Art. 8(1) as amended by DPA 2018 s.9. */
export const UK_DIGITAL_CONSENT_AGE: AgeRule = { age: 13, source: 'UK GDPR Art. 8(1), DPA 2018 s.9' };

/**
 * COPPA protects children under 13 (15 U.S.C. §6501(1)); the CCPA also treats actual knowledge of an age under 13 as
 * needing a parent's consent to sell or share (Cal. Civ. Code §1798.120(c)).
 */
export const CCPA_CHILD_AGE: AgeRule = { age: 13, source: 'COPPA 15 U.S.C. §6501(1); Cal. Civ. Code §1798.120(c)' };

/** Under 16, selling or sharing needs the consumer's own opt-in (13–15) or a parent's (under 13): Cal. Civ. Code §1798.120(c). */
export const CCPA_SALE_OPT_IN_AGE: AgeRule = { age: 16, source: 'Cal. Civ. Code §1798.120(c)' };

/**
 * LGPD Art. 14 §1: a child's data needs a parent's specific consent; a child is a person under 12
 * (Estatuto da Criança e do Adolescente, Lei 8.069/1990, Art. 2). Adolescents (12–17) are protected by Art. 14's
 * best-interest rule but may consent themselves.
 */
export const LGPD_CHILD_AGE: AgeRule = { age: 12, source: 'LGPD Art. 14 §1; ECA (Lei 8.069/1990) Art. 2' };

/**
 * The lowest minimum age a manifest may declare for a jurisdiction: below it, collecting a child's data needs a parent.
 * For the GDPR, give the controller's EEA country to get that state's age (GDPR Art. 8(1)); without one, 16 is returned,
 * the GDPR default and the highest national age, which is safe for an audience anywhere in the EEA.
 */
export function legalMinimumAge(jurisdiction: Jurisdiction, controllerCountry?: string): number {
  switch (jurisdiction) {
    case 'gdpr': {
      const national = controllerCountry ? GDPR_DIGITAL_CONSENT_AGES[controllerCountry.toUpperCase()] : undefined;
      return national?.age ?? GDPR_DEFAULT_DIGITAL_CONSENT_AGE;
    }
    case 'uk_gdpr':
      return UK_DIGITAL_CONSENT_AGE.age;
    case 'ccpa':
      return CCPA_CHILD_AGE.age;
    case 'lgpd':
      return LGPD_CHILD_AGE.age;
  }
}
