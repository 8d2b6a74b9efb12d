import { resolveCategory, type Language, type Manifest } from '@pledge/manifest';
import { buildNoticeModel, renderHtml, SECTION_IDS, type Section } from '@pledge/notice';

export interface PackagedDataset {
  system: string;
  dataset: string;
  categories: Record<string, string>;
  rows: Array<Record<string, unknown>>;
}

const WORDS: Record<Language, { title: string; intro: string; heading: string; columns: [string, string, string]; file: string }> = {
  en: { title: 'Your personal data', intro: 'This is a copy of the personal data {org} holds about you (request {ref}). data.json holds all of it in a machine-readable form, and there is one CSV file per dataset. Below: what we hold, and the information the GDPR (Art. 15) entitles you to.', heading: 'What we hold about you', columns: ['Dataset', 'Records', 'Kinds of data'], file: 'file' },
  nl: { title: 'Je persoonsgegevens', intro: 'Dit is een kopie van de persoonsgegevens die {org} over je heeft (verzoek {ref}). data.json bevat alles in een machineleesbare vorm, en er is één CSV-bestand per gegevensverzameling. Hieronder: wat we hebben, en de informatie waar je volgens de AVG (art. 15) recht op hebt.', heading: 'Wat we over je hebben', columns: ['Gegevensverzameling', 'Records', 'Soorten gegevens'], file: 'bestand' },
  de: { title: 'Ihre personenbezogenen Daten', intro: 'Dies ist eine Kopie der personenbezogenen Daten, die {org} über Sie speichert (Anfrage {ref}). data.json enthält alles in maschinenlesbarer Form, dazu eine CSV-Datei je Datenbestand. Unten: was wir speichern, und die Informationen, die Ihnen nach der DSGVO (Art. 15) zustehen.', heading: 'Was wir über Sie speichern', columns: ['Datenbestand', 'Datensätze', 'Arten von Daten'], file: 'Datei' },
};

/** Art. 15(1)(a)-(h): purposes, categories, recipients, transfers, retention, rights, complaint, source: the notice's own sections. */
const ART_15_SECTIONS: readonly string[] = [SECTION_IDS.data, SECTION_IDS.purposes, SECTION_IDS.recipients, SECTION_IDS.transfers, SECTION_IDS.retention, SECTION_IDS.rights, SECTION_IDS.automated, SECTION_IDS.complaints];

export const csvFileName = (d: { system: string; dataset: string }) => `${d.system}.${d.dataset}.csv`;

/** The person's language when the notice is published in it, else the notice's default (the wording is the notice's). */
export function summaryLanguage(manifest: Manifest, wanted: string): Language {
  return (manifest.notice.languages as readonly string[]).includes(wanted) ? (wanted as Language) : manifest.notice.defaultLanguage;
}

// The notice model depends only on the (immutable) manifest and the language: built once per language, not per package.
const models = new WeakMap<Manifest, Map<Language, ReturnType<typeof buildNoticeModel>>>();
function noticeModel(manifest: Manifest, lang: Language): ReturnType<typeof buildNoticeModel> {
  const byLanguage = models.get(manifest) ?? new Map<Language, ReturnType<typeof buildNoticeModel>>();
  models.set(manifest, byLanguage);
  const model = byLanguage.get(lang) ?? buildNoticeModel(manifest, lang);
  byLanguage.set(lang, model);
  return model;
}

/** summary.html: the notice's Art. 15 sections, reused as they are, after a table of the person's own datasets. */
export function renderPackageSummary(manifest: Manifest, language: string, reference: string, datasets: readonly PackagedDataset[]): string {
  const lang = summaryLanguage(manifest, language);
  const w = WORDS[lang];
  const model = noticeModel(manifest, lang);
  const label = (id: string) => resolveCategory(id, manifest)?.label[lang] ?? id;
  const ours: Section = {
    id: 'your-data',
    heading: w.heading,
    blocks: [
      { kind: 'paragraph', content: [{ kind: 'text', text: w.intro.replace('{org}', manifest.organisation.name).replace('{ref}', reference) }] },
      {
        kind: 'table',
        id: 'your-data-table',
        caption: w.heading,
        columns: w.columns,
        rows: datasets.map((d) => [
          [[{ kind: 'text', text: `${d.system} / ${d.dataset} (${w.file} ${csvFileName(d)})` }]],
          [[{ kind: 'text', text: String(d.rows.length) }]],
          [...new Set(Object.values(d.categories))].map((c) => [{ kind: 'text' as const, text: label(c) }]),
        ]),
      },
    ],
  };
  const sections = [ours, ...model.sections.filter((s) => ART_15_SECTIONS.includes(s.id))];
  return renderHtml({ ...model, title: w.title, intro: [], sections });
}
