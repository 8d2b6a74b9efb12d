import type { Translations } from './taxonomy-types.ts';

/** Headings for the category groups (the id part before the first dot), in the order a notice lists them. */
export const TAXONOMY_GROUP_LABELS: Readonly<Record<string, Translations>> = {
  identity: { en: 'Identity', nl: 'Identiteit', de: 'Identität' },
  contact: { en: 'Contact details', nl: 'Contactgegevens', de: 'Kontaktdaten' },
  demographic: { en: 'Demographic data', nl: 'Demografische gegevens', de: 'Demografische Daten' },
  professional: { en: 'Work and education', nl: 'Werk en opleiding', de: 'Beruf und Ausbildung' },
  account: { en: 'Account data', nl: 'Accountgegevens', de: 'Kontodaten' },
  payment: { en: 'Payment data', nl: 'Betaalgegevens', de: 'Zahlungsdaten' },
  financial: { en: 'Financial data', nl: 'Financiële gegevens', de: 'Finanzdaten' },
  government_id: { en: 'Government identifiers', nl: 'Door de overheid uitgegeven nummers', de: 'Amtliche Kennnummern' },
  device: { en: 'Device data', nl: 'Apparaatgegevens', de: 'Gerätedaten' },
  online: { en: 'Online identifiers', nl: 'Online-identificatoren', de: 'Online-Kennungen' },
  usage: { en: 'Usage data', nl: 'Gebruiksgegevens', de: 'Nutzungsdaten' },
  location: { en: 'Location data', nl: 'Locatiegegevens', de: 'Standortdaten' },
  content: { en: 'Content', nl: 'Inhoud', de: 'Inhalte' },
  communication: { en: 'Communications', nl: 'Communicatie', de: 'Kommunikation' },
  media: { en: 'Photos, video and audio', nl: 'Foto’s, video en geluid', de: 'Fotos, Video und Audio' },
  preferences: { en: 'Preferences', nl: 'Voorkeuren', de: 'Präferenzen' },
  inferred: { en: 'Inferences', nl: 'Afgeleide gegevens', de: 'Abgeleitete Daten' },
  // GDPR Art. 9(1) / Art. 10, in the official Dutch (AVG) and German (DSGVO) terms.
  special: { en: 'Special categories of personal data', nl: 'Bijzondere categorieën van persoonsgegevens', de: 'Besondere Kategorien personenbezogener Daten' },
  criminal: { en: 'Criminal convictions and offences', nl: 'Strafrechtelijke gegevens', de: 'Daten über strafrechtliche Verurteilungen und Straftaten' },
  sensitive: { en: 'Other sensitive data', nl: 'Andere gevoelige gegevens', de: 'Weitere sensible Daten' },
};

/** The group of a dotted category id: `contact.email` → `contact`. */
export function categoryGroup(id: string): string {
  const dot = id.indexOf('.');
  return dot === -1 ? id : id.slice(0, dot);
}
