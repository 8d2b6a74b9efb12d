import type { Manifest } from '@pledge/manifest';

/** A dataset exactly as the manifest declares it (`systems[].datasets[]`). */
export type DatasetSpec = Manifest['systems'][number]['datasets'][number];
export type SystemSpec = Manifest['systems'][number];
export type ErasureStrategy = DatasetSpec['fields'][number]['erasure'];
export type Engine = SystemSpec['connection']['engine'];

/** A plain JSON value: bigint → string, Date → ISO string, bytes → base64. */
export type Value = string | number | boolean | null;
export type Row = Record<string, Value>;
/** A primary-key value of one row. */
export type Key = string | number;

export interface Capabilities {
  /** GDPR Art. 15 and 20: find and export the rows about a person. */
  canAccess: boolean;
  /** GDPR Art. 17: delete or de-identify them. */
  canErase: boolean;
  /** GDPR Art. 16: correct declared fields. */
  canRectify: boolean;
  /** GDPR Art. 18: mark rows as restricted. */
  canRestrict: boolean;
}

export interface ConnectorDescription {
  engine: Engine;
  capabilities: Capabilities;
  /** Where it connects, without credentials: safe to log and show. */
  target: string;
}

/** Find rows whose `field` equals one of `values` (exact match). */
export interface Lookup {
  field: string;
  values: readonly Key[];
}

/** Per-field strategies for one dataset, plus the secret for `hash` (hex). */
export interface ErasurePlan {
  strategies: Readonly<Record<string, ErasureStrategy>>;
  hashSecret: string;
}

/** Rows changed per strategy; `retained` counts rows kept because a field is `keep`. */
export interface ErasureCounts {
  erased: number;
  nulled: number;
  hashed: number;
  redacted: number;
  retained: number;
}

/** One dataset's part of a batched erasure (`Connector.eraseMany`). */
export interface EraseTarget {
  dataset: DatasetSpec;
  keys: readonly Key[];
  plan: ErasurePlan;
}

export interface UpdateCount {
  updated: number;
}

/**
 * The work is accepted but not done yet: a webhook answered 202, or a person has a checklist to work through.
 * The server stores `id` and resolves it when the callback (or the person) reports the result.
 */
export interface PendingResult {
  pending: true;
  id: string;
  system: string;
  dataset: string;
  action: 'access' | 'erase' | 'rectify' | 'restrict';
  /** For manual systems: what the person has to do. */
  task?: ManualTask;
}

export interface ManualTask {
  title: string;
  assignee: string | null;
  steps: string[];
}

/** Context a rights request passes down; webhooks forward it, SQL engines ignore it. */
export interface OperationContext {
  requestId?: string;
  callbackUrl?: string;
}

export type Maybe<T> = T | PendingResult;

/**
 * One system's data, one dataset at a time. Implementations validate every identifier against the dataset,
 * pass every value as a parameter, and throw `ConnectorError` with a clear message instead of a driver error.
 */
export interface Connector {
  readonly engine: Engine;
  readonly capabilities: Capabilities;
  describe(): ConnectorDescription;
  findRows(dataset: DatasetSpec, lookup: Lookup, context?: OperationContext): Promise<Maybe<Row[]>>;
  /** Applies `plan` to the rows with these primary keys, in one transaction per call. Idempotent. */
  eraseRows(dataset: DatasetSpec, keys: readonly Key[], plan: ErasurePlan, context?: OperationContext): Promise<Maybe<ErasureCounts>>;
  /**
   * Optional: applies several datasets' plans in one transaction, in the order given (children first), all or nothing;
   * one count per target. Erasing a system's linked datasets then costs one commit instead of one per dataset.
   * Idempotent like eraseRows. Engines without transactions (webhook, manual) leave it out.
   */
  eraseMany?(targets: readonly EraseTarget[], context?: OperationContext): Promise<ErasureCounts[]>;
  /** Updates only fields the manifest declares for the dataset. */
  rectifyRows(dataset: DatasetSpec, keys: readonly Key[], changes: Readonly<Record<string, Value>>, context?: OperationContext): Promise<Maybe<UpdateCount>>;
  /** GDPR Art. 18: `restricted: false` lifts the restriction. */
  restrictRows(dataset: DatasetSpec, keys: readonly Key[], restricted: boolean, context?: OperationContext): Promise<Maybe<UpdateCount>>;
  close(): Promise<void>;
}

export const isPending = (value: unknown): value is PendingResult =>
  typeof value === 'object' && value !== null && (value as { pending?: unknown }).pending === true;

export const noCounts = (): ErasureCounts => ({ erased: 0, nulled: 0, hashed: 0, redacted: 0, retained: 0 });
