import type { Language } from '@pledge/manifest';
import type { enChanges } from '../messages/en-changes.ts';

export type ChangeKind = 'added' | 'removed' | 'changed';
export type ChangeArea =
  | 'purpose' | 'category' | 'recipient' | 'transfer' | 'retention' | 'right' | 'cookie' | 'sale' | 'share' | 'controller' | 'other';

/** A text in every language the notice is written in. */
export type L10n = Readonly<Record<Language, string>>;

/** The "what changed" line for a change, already worded in every language (so it can be stored with the version). */
export interface ChangeSummary {
  key: keyof typeof enChanges;
  label: L10n;
  value?: L10n;
}

/** One difference between two manifests, classified for materiality (see docs/notice.md). */
export interface ManifestChange {
  kind: ChangeKind;
  area: ChangeArea;
  /** The element's id (purpose, category, recipient, rule, `jurisdiction:right`, cookie name, controller, field path). */
  id: string;
  /** Which aspect changed, for `changed`: `lawfulBasis`, `categories`, `period`, `country`, `mechanism`, `wording`, ... */
  field?: string;
  before?: unknown;
  after?: unknown;
  /** Whether people must be told before it applies and consent renewed where it is the basis. */
  material: boolean;
  reason: string;
  /** Purposes the change touches (ids in the newer manifest where they exist). */
  purposes: readonly string[];
  /** Of those, the ones based on consent in the newer manifest. */
  consentPurposes: readonly string[];
  summary: ChangeSummary;
}
