import type { Language, Manifest } from '@pledge/manifest';
import type { ManifestChange } from '@pledge/notice';

/** The formats every published version is stored in, per language: served later exactly as stored. */
export const STORED_FORMATS = ['html', 'md', 'json'] as const;
export type StoredFormat = (typeof STORED_FORMATS)[number];

export type NoticeRenders = Partial<Record<Language, Record<StoredFormat, string>>>;
/** "What changed" per declared language, material changes first (summariseChanges). */
export type ChangeSummaries = Partial<Record<Language, string[]>>;

/** What the archive lists: everything about a version except its manifest and renders. */
export interface NoticeVersionSummary {
  number: number;
  publishedAt: Date;
  /** YYYY-MM-DD. */
  effectiveDate: string;
  manifestHash: string;
  material: boolean;
  /** Consent-based purposes whose consent must be asked again because of this version (GDPR Art. 7, 13(3)). */
  affectedPurposes: string[];
  publishedBy: string;
  /** The languages the version was published in, as its manifest lists them. */
  languages: Language[];
  defaultLanguage: Language;
  summaries: ChangeSummaries;
}

/** A published version in full. Immutable: the database refuses to change it. */
export interface NoticeVersionRecord extends NoticeVersionSummary {
  manifest: Manifest;
  renders: NoticeRenders;
  /** The diff against the previous version (empty for the first). */
  changes: ManifestChange[];
}

export type NotificationChannel = Manifest['notice']['changes']['notifyBy'][number];
export type NotificationStatus = 'pending' | 'sent' | 'failed';

/** A change notification to be sent on one channel; the mail capability resolves the recipients and moves it on. */
export interface ChangeNotification {
  versionNumber: number;
  channel: NotificationChannel;
  status: NotificationStatus;
  createdAt: Date;
  sentAt: Date | null;
}

/** For the consent ledger: consent to `purpose` given before `version` took effect must be asked again. */
export interface PurposeRenewal {
  purpose: string;
  version: number;
  publishedAt: Date;
  effectiveDate: string;
}
