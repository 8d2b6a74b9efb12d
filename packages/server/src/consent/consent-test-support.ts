// Shared by the consent tests (and the role matrix): valid bodies for the minimal fixture manifest, a manifest with
// a vendor, and tampering the way someone with direct database access would do it.
import { randomBytes } from 'node:crypto';
import { loadManifest, type Manifest } from '@pledge/manifest';
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/database.ts';
import type { ConsentBody } from './consent.schemas.ts';

/** The only origin in the minimal fixture's cookieSettings.origins. */
export const SHOP_ORIGIN = 'https://shop.example.com';

export const newSubjectId = (): string => randomBytes(16).toString('hex');

export const CONSENT_BODY: ConsentBody = {
  site: 'acme-shop',
  subjectId: '0f1e2d3c4b5a69788796a5b4c3d2e1f0',
  choices: { strictly_necessary: true, analytics: true },
  vendors: {},
  method: 'accept_all',
  noticeVersion: '0',
  textVersion: 'a'.repeat(64),
  language: 'en',
  consentMode: {
    ad_storage: 'denied',
    ad_user_data: 'denied',
    ad_personalization: 'denied',
    analytics_storage: 'granted',
    functionality_storage: 'denied',
    personalization_storage: 'denied',
    security_storage: 'granted',
  },
  gpc: false,
  dnt: false,
};

export function consentBody(overrides: Partial<ConsentBody> = {}): ConsentBody {
  return { ...CONSENT_BODY, subjectId: newSubjectId(), ...overrides };
}

/** The minimal fixture plus an advertising cookie set by a vendor (YouTube), serving a consent-based purpose. */
export function manifestWithVendor(base: Manifest): Manifest {
  const raw = structuredClone(base) as unknown as Record<string, any>;
  delete raw.$schema;
  raw.recipients.push({
    id: 'youtube', name: 'YouTube', type: 'independent_controller', country: 'IE', categories: ['online.cookie_id'], purposes: ['analytics'],
    service: { en: 'Plays our product videos', nl: 'Speelt onze productvideo’s af' },
  });
  raw.cookies.push({
    name: 'VISITOR_INFO1_LIVE', provider: 'YouTube', recipient: 'youtube', party: 'third', category: 'advertising', duration: 'P6M',
    purposes: ['analytics'], purpose: { en: 'Tracks views', nl: 'Telt weergaven' },
  });
  const loaded = loadManifest(JSON.stringify(raw)); // JSON is YAML
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.findings));
  return loaded.manifest;
}

/** Runs a statement with the append-only trigger switched off, as an attacker with DDL rights could. */
export async function tamperConsents(db: Db, statement: RawBuilder<unknown>): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await sql`alter table consent_records disable trigger user`.execute(tx);
    await statement.execute(tx);
    await sql`alter table consent_records enable trigger user`.execute(tx);
  });
}
