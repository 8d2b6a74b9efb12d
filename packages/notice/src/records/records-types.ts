import type { Language } from '@pledge/manifest';

export type RecordsRole = 'controller' | 'processor';

export interface RecordsColumn {
  key: string;
  label: string;
}

/** A record of processing activities as a table of plain strings: one row per processing activity. */
export interface RecordsOfProcessing {
  role: RecordsRole;
  lang: Language;
  title: string;
  organisation: string;
  columns: readonly RecordsColumn[];
  rows: ReadonlyArray<Readonly<Record<string, string>>>;
}
