// The banner imports only types from the manifest package: its behaviour comes from the served config.
import type {
  BannerCategoryId,
  BannerConfig,
  ConsentMethod,
  ConsentModeKey,
  ConsentRecordBody,
} from '../../manifest/src/compile/banner-config.ts';

export type { BannerCategoryId, BannerConfig, ConsentMethod, ConsentModeKey, ConsentRecordBody };

/** The choice as kept in the consent cookie. */
export interface Choice {
  subjectId: string;
  /** When it was made, ms since the epoch. */
  time: number;
  method: ConsentMethod;
  categories: Record<string, boolean>;
  vendors: Record<string, boolean>;
  /** The ledger's receipt for the record of this choice, once it answered. */
  receipt?: string;
}

/** What `Pledge.consent()` returns and `change` listeners receive. */
export interface ConsentState {
  decided: boolean;
  categories: Record<string, boolean>;
  vendors: Record<string, boolean>;
  method?: ConsentMethod;
  subjectId?: string;
  time?: string;
  receipt?: string;
  gpc: boolean;
}
