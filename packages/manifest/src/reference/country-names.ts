import type { Language } from '../schema/common.ts';

/**
 * Country names as a notice prints them, for every country the transfer lists use and common vendor locations.
 * Source: the CLDR region names (as shipped in ICU), reviewed; Hong Kong without "SAR China".
 * Other codes fall back to the runtime's Intl.DisplayNames.
 */
export const COUNTRY_NAMES: Readonly<Record<string, Record<Language, string>>> = {
  AT: { en: 'Austria', nl: 'Oostenrijk', de: 'Österreich' },
  BE: { en: 'Belgium', nl: 'België', de: 'Belgien' },
  BG: { en: 'Bulgaria', nl: 'Bulgarije', de: 'Bulgarien' },
  HR: { en: 'Croatia', nl: 'Kroatië', de: 'Kroatien' },
  CY: { en: 'Cyprus', nl: 'Cyprus', de: 'Zypern' },
  CZ: { en: 'Czechia', nl: 'Tsjechië', de: 'Tschechien' },
  DK: { en: 'Denmark', nl: 'Denemarken', de: 'Dänemark' },
  EE: { en: 'Estonia', nl: 'Estland', de: 'Estland' },
  FI: { en: 'Finland', nl: 'Finland', de: 'Finnland' },
  FR: { en: 'France', nl: 'Frankrijk', de: 'Frankreich' },
  DE: { en: 'Germany', nl: 'Duitsland', de: 'Deutschland' },
  GR: { en: 'Greece', nl: 'Griekenland', de: 'Griechenland' },
  HU: { en: 'Hungary', nl: 'Hongarije', de: 'Ungarn' },
  IE: { en: 'Ireland', nl: 'Ierland', de: 'Irland' },
  IT: { en: 'Italy', nl: 'Italië', de: 'Italien' },
  LV: { en: 'Latvia', nl: 'Letland', de: 'Lettland' },
  LT: { en: 'Lithuania', nl: 'Litouwen', de: 'Litauen' },
  LU: { en: 'Luxembourg', nl: 'Luxemburg', de: 'Luxemburg' },
  MT: { en: 'Malta', nl: 'Malta', de: 'Malta' },
  NL: { en: 'Netherlands', nl: 'Nederland', de: 'Niederlande' },
  PL: { en: 'Poland', nl: 'Polen', de: 'Polen' },
  PT: { en: 'Portugal', nl: 'Portugal', de: 'Portugal' },
  RO: { en: 'Romania', nl: 'Roemenië', de: 'Rumänien' },
  SK: { en: 'Slovakia', nl: 'Slowakije', de: 'Slowakei' },
  SI: { en: 'Slovenia', nl: 'Slovenië', de: 'Slowenien' },
  ES: { en: 'Spain', nl: 'Spanje', de: 'Spanien' },
  SE: { en: 'Sweden', nl: 'Zweden', de: 'Schweden' },
  IS: { en: 'Iceland', nl: 'IJsland', de: 'Island' },
  LI: { en: 'Liechtenstein', nl: 'Liechtenstein', de: 'Liechtenstein' },
  NO: { en: 'Norway', nl: 'Noorwegen', de: 'Norwegen' },
  AD: { en: 'Andorra', nl: 'Andorra', de: 'Andorra' },
  AR: { en: 'Argentina', nl: 'Argentinië', de: 'Argentinien' },
  BR: { en: 'Brazil', nl: 'Brazilië', de: 'Brasilien' },
  CA: { en: 'Canada', nl: 'Canada', de: 'Kanada' },
  CH: { en: 'Switzerland', nl: 'Zwitserland', de: 'Schweiz' },
  FO: { en: 'Faroe Islands', nl: 'Faeröer', de: 'Färöer' },
  GB: { en: 'United Kingdom', nl: 'Verenigd Koninkrijk', de: 'Vereinigtes Königreich' },
  GG: { en: 'Guernsey', nl: 'Guernsey', de: 'Guernsey' },
  GI: { en: 'Gibraltar', nl: 'Gibraltar', de: 'Gibraltar' },
  IL: { en: 'Israel', nl: 'Israël', de: 'Israel' },
  IM: { en: 'Isle of Man', nl: 'Isle of Man', de: 'Isle of Man' },
  JE: { en: 'Jersey', nl: 'Jersey', de: 'Jersey' },
  JP: { en: 'Japan', nl: 'Japan', de: 'Japan' },
  KR: { en: 'South Korea', nl: 'Zuid-Korea', de: 'Südkorea' },
  NZ: { en: 'New Zealand', nl: 'Nieuw-Zeeland', de: 'Neuseeland' },
  UY: { en: 'Uruguay', nl: 'Uruguay', de: 'Uruguay' },
  US: { en: 'United States', nl: 'Verenigde Staten', de: 'Vereinigte Staaten' },
  AE: { en: 'United Arab Emirates', nl: 'Verenigde Arabische Emiraten', de: 'Vereinigte Arabische Emirate' },
  AU: { en: 'Australia', nl: 'Australië', de: 'Australien' },
  BD: { en: 'Bangladesh', nl: 'Bangladesh', de: 'Bangladesch' },
  CL: { en: 'Chile', nl: 'Chili', de: 'Chile' },
  CN: { en: 'China', nl: 'China', de: 'China' },
  CO: { en: 'Colombia', nl: 'Colombia', de: 'Kolumbien' },
  CR: { en: 'Costa Rica', nl: 'Costa Rica', de: 'Costa Rica' },
  EG: { en: 'Egypt', nl: 'Egypte', de: 'Ägypten' },
  HK: { en: 'Hong Kong', nl: 'Hongkong', de: 'Hongkong' },
  ID: { en: 'Indonesia', nl: 'Indonesië', de: 'Indonesien' },
  IN: { en: 'India', nl: 'India', de: 'Indien' },
  KE: { en: 'Kenya', nl: 'Kenia', de: 'Kenia' },
  MA: { en: 'Morocco', nl: 'Marokko', de: 'Marokko' },
  MX: { en: 'Mexico', nl: 'Mexico', de: 'Mexiko' },
  MY: { en: 'Malaysia', nl: 'Maleisië', de: 'Malaysia' },
  NG: { en: 'Nigeria', nl: 'Nigeria', de: 'Nigeria' },
  PE: { en: 'Peru', nl: 'Peru', de: 'Peru' },
  PH: { en: 'Philippines', nl: 'Filipijnen', de: 'Philippinen' },
  PK: { en: 'Pakistan', nl: 'Pakistan', de: 'Pakistan' },
  QA: { en: 'Qatar', nl: 'Qatar', de: 'Katar' },
  RS: { en: 'Serbia', nl: 'Servië', de: 'Serbien' },
  RU: { en: 'Russia', nl: 'Rusland', de: 'Russland' },
  SA: { en: 'Saudi Arabia', nl: 'Saoedi-Arabië', de: 'Saudi-Arabien' },
  SG: { en: 'Singapore', nl: 'Singapore', de: 'Singapur' },
  TH: { en: 'Thailand', nl: 'Thailand', de: 'Thailand' },
  TR: { en: 'Türkiye', nl: 'Turkije', de: 'Türkei' },
  TW: { en: 'Taiwan', nl: 'Taiwan', de: 'Taiwan' },
  UA: { en: 'Ukraine', nl: 'Oekraïne', de: 'Ukraine' },
  VN: { en: 'Vietnam', nl: 'Vietnam', de: 'Vietnam' },
  ZA: { en: 'South Africa', nl: 'Zuid-Afrika', de: 'Südafrika' },
};

/** The name of a country in a language; falls back to Intl.DisplayNames, then to the code itself. */
export function countryName(code: string, language: Language): string {
  const upper = code.toUpperCase();
  const known = COUNTRY_NAMES[upper]?.[language];
  if (known) return known;
  try {
    return new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }).of(upper) ?? upper;
  } catch {
    return upper;
  }
}
