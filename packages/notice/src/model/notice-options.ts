import type { Language } from '@pledge/manifest';

/** Links the surrounding site provides; the notice never guesses them. */
export interface NoticeLinks {
  privacyCenter?: string;
  cookieSettings?: string;
  doNotSell?: string;
  archive?: string;
}

/** The published version this rendering belongs to (stored by the server; the notice only prints it). */
export interface NoticeVersion {
  number: number;
  /** YYYY-MM-DD. */
  effectiveDate: string;
  /** "What changed", one line each, e.g. from `summariseChanges(diffManifests(old, new), lang)`. */
  changes?: readonly string[];
}

export interface NoticeModelOptions {
  version?: NoticeVersion;
  links?: NoticeLinks;
}

export type NoticeFormat = 'html' | 'md' | 'json';

export interface RenderNoticeOptions extends NoticeModelOptions {
  lang: Language;
  format: NoticeFormat;
}
