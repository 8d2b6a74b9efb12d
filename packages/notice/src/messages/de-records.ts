import type { enRecords } from './en-records.ts';

/** German column headings of the Verzeichnis von Verarbeitungstätigkeiten (Art. 30 DSGVO). */
export const deRecords: Readonly<Record<keyof typeof enRecords, string>> = {
  'records.title.controller': 'Verzeichnis von Verarbeitungstätigkeiten (Verantwortlicher, Art. 30 Abs. 1 DSGVO)',
  'records.title.processor': 'Verzeichnis von Verarbeitungstätigkeiten (Auftragsverarbeiter, Art. 30 Abs. 2 DSGVO)',
  'records.col.activity': 'Verarbeitungstätigkeit',
  'records.col.controller': 'Verantwortlicher und Kontaktdaten',
  'records.col.jointControllers': 'Gemeinsam Verantwortliche',
  'records.col.representative': 'Vertreter',
  'records.col.dpo': 'Datenschutzbeauftragter',
  'records.col.purpose': 'Zweck der Verarbeitung',
  'records.col.lawfulBasis': 'Rechtsgrundlage',
  'records.col.subjects': 'Kategorien betroffener Personen',
  'records.col.categories': 'Kategorien personenbezogener Daten',
  'records.col.recipients': 'Kategorien von Empfängern (auch in Drittländern)',
  'records.col.transfers': 'Übermittlungen in Drittländer und Garantien',
  'records.col.retention': 'Fristen für die Löschung',
  'records.col.security': 'Technische und organisatorische Maßnahmen',
  'records.col.processor': 'Auftragsverarbeiter und Kontaktdaten',
  'records.col.controllers': 'Verantwortliche, in deren Auftrag wir verarbeiten',
  'records.col.processing': 'Kategorien von Verarbeitungen',
  'records.col.subProcessors': 'Unterauftragsverarbeiter',
  'records.none': 'Keine',
  'records.customers': 'Unsere Kunden (jede Organisation, die Konten in unseren Diensten verwaltet)',
};
