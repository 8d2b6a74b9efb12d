import type { Language } from '@pledge/manifest';

/**
 * The notice as format-neutral data: every renderer (HTML, Markdown, JSON) reads this and nothing else, so the
 * wording and the decisions about what to say live in one place (the section builders).
 */

/** A run of text. `lang` is set only when the text is not in the notice's language (a missing translation). */
export interface TextInline {
  kind: 'text';
  text: string;
  lang?: Language;
  strong?: boolean;
}

/** A link. `action` marks links the page script handles: reopening the consent banner, or the CCPA opt-out. */
export interface LinkInline {
  kind: 'link';
  href: string;
  text: string;
  lang?: Language;
  action?: 'open-consent' | 'do-not-sell';
}

export type Inline = TextInline | LinkInline;
export type Rich = readonly Inline[];

export interface ParagraphBlock {
  kind: 'paragraph';
  content: Rich;
}

export interface ListBlock {
  kind: 'list';
  items: readonly Rich[];
}

/** One table cell: one or more lines. */
export type Cell = readonly Rich[];

/** A table whose first column heads each row (GDPR Art. 12(1): concise, intelligible, easily accessible). */
export interface TableBlock {
  kind: 'table';
  id: string;
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly Cell[])[];
}

export interface SubsectionBlock {
  kind: 'subsection';
  id: string;
  heading: string;
  blocks: readonly Block[];
}

export type Block = ParagraphBlock | ListBlock | TableBlock | SubsectionBlock;

export interface Section {
  id: string;
  heading: string;
  blocks: readonly Block[];
}

/** Words the page chrome needs, already in the notice's language, so renderers never look up messages. */
export interface NoticeChrome {
  contents: string;
  effectiveDate: string;
  version: string;
  backToTop: string;
  logoAlt: string;
}

export interface NoticeVersionInfo {
  number: number;
  effectiveDate: string;
  /** The effective date written out in the notice's language. */
  effectiveDateText: string;
}

export interface NoticeModel {
  format: 'pledge-notice/1';
  lang: Language;
  title: string;
  organisation: string;
  effectiveDate: string;
  effectiveDateText: string;
  version?: NoticeVersionInfo;
  intro: readonly Block[];
  sections: readonly Section[];
  branding: { primaryColor?: string; accentColor?: string; logoUrl?: string };
  chrome: NoticeChrome;
}
