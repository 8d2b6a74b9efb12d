import type { enRecords } from './en-records.ts';

/** Dutch column headings of the verwerkingsregister (art. 30 AVG). */
export const nlRecords: Readonly<Record<keyof typeof enRecords, string>> = {
  'records.title.controller': 'Register van verwerkingsactiviteiten (verwerkingsverantwoordelijke, art. 30 lid 1 AVG)',
  'records.title.processor': 'Register van verwerkingsactiviteiten (verwerker, art. 30 lid 2 AVG)',
  'records.col.activity': 'Verwerkingsactiviteit',
  'records.col.controller': 'Verwerkingsverantwoordelijke en contactgegevens',
  'records.col.jointControllers': 'Gezamenlijke verwerkingsverantwoordelijken',
  'records.col.representative': 'Vertegenwoordiger',
  'records.col.dpo': 'Functionaris voor gegevensbescherming',
  'records.col.purpose': 'Doel van de verwerking',
  'records.col.lawfulBasis': 'Grondslag',
  'records.col.subjects': 'Categorieën van betrokkenen',
  'records.col.categories': 'Categorieën van persoonsgegevens',
  'records.col.recipients': 'Categorieën van ontvangers (ook in derde landen)',
  'records.col.transfers': 'Doorgiften naar derde landen en waarborgen',
  'records.col.retention': 'Termijnen voor wissing',
  'records.col.security': 'Technische en organisatorische beveiligingsmaatregelen',
  'records.col.processor': 'Verwerker en contactgegevens',
  'records.col.controllers': 'Verwerkingsverantwoordelijken voor wie we verwerken',
  'records.col.processing': 'Categorieën van verwerkingen',
  'records.col.subProcessors': 'Subverwerkers',
  'records.none': 'Geen',
  'records.customers': 'Onze klanten (elke organisatie die accounts in onze diensten beheert)',
};
