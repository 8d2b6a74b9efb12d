// Test-only: the demo shop on real PostgreSQL (system "shop") and MariaDB (system "crm"), a webhook "mailer",
// and rights requests inserted straight into the state fulfilment starts from (in_progress).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadManifest, type Manifest } from '@pledge/manifest';
import { CRM_TABLES, SHOP_TABLES } from '../../../../connectors/demo-shop/demo-shop-seed.ts';
import { loadDemoShop } from '../../../../connectors/demo-shop/demo-shop-sql.ts';
import { createMysqlTestDatabase, createPostgresTestDatabase, type TestDatabase } from '../../../../connectors/src/testing/test-databases.ts';
import type { Db } from '../../db/database.ts';
import type { Correction, RightsRequest } from '../../rights/request-model.ts';
import type { RequestState } from '../../rights/request-state-machine.ts';
import type { RequestType } from '../../rights/request-types.ts';
import { emailHash, generateReference } from '../../rights/request-secrets.ts';
import { insertRequest } from '../../rights/requests.repository.ts';
import type { FulfilmentMail } from '../fulfilment-mail.ts';

const DEMO = new URL('../../../../connectors/demo-shop/demo-shop.pledge.yaml', import.meta.url);
export const WEBHOOK_SECRET = 'mailer-test-secret-0123456789';
export const HASH_SECRET = '5a'.repeat(32);

/** The demo shop's manifest plus a webhook system "mailer" (contacts linked to shop customers), as YAML text. */
export function manifestYaml(): string {
  const mailer = `  - id: mailer
    name: Newsletter mailer
    connection: { engine: webhook, urlEnv: MAILER_URL, secretEnv: MAILER_SECRET }
    location: DE
    datasets:
      - id: contacts
        table: contacts
        identities: [{ field: email, type: email }]
        references: [{ field: customer_id, to: shop.customers.id }]
        fields:
          - { name: email, category: contact.email, erasure: delete_row }
`;
  return readFileSync(DEMO, 'utf8').replace(/^rights:/m, `${mailer}rights:`);
}

export function loadTestManifest(): Manifest {
  const result = loadManifest(manifestYaml(), DEMO.pathname);
  if (!result.ok) throw new Error(result.findings.map((f) => f.message).join('; '));
  return result.manifest;
}

export interface Shop {
  shop: TestDatabase;
  crm: TestDatabase;
  env: Record<string, string>;
  close(): Promise<void>;
}

/** A fresh, seeded demo shop: shop tables on PostgreSQL, crm tables on MariaDB. */
export async function createShop(mailerUrl: string): Promise<Shop> {
  const [shop, crm] = await Promise.all([createPostgresTestDatabase(), createMysqlTestDatabase()]);
  await loadDemoShop(shop.exec, 'postgres', SHOP_TABLES);
  await loadDemoShop(crm.exec, 'mysql', CRM_TABLES);
  const env = { SHOP_DATABASE_URL: shop.url, CRM_DATABASE_URL: crm.url, MAILER_URL: mailerUrl, MAILER_SECRET: WEBHOOK_SECRET };
  return { shop, crm, env, close: async () => void (await Promise.all([shop.drop(), crm.drop()])) };
}

export interface NewRequest {
  type: RequestType;
  email: string;
  state?: RequestState;
  language?: 'en' | 'nl' | 'de';
  corrections?: Correction[];
}

/** A request as rights/ leaves it after approval: e-mail proven by a code, state in_progress. */
export async function insertApprovedRequest(db: Db, r: NewRequest): Promise<RightsRequest> {
  const now = new Date();
  const request: RightsRequest = {
    id: randomUUID(), reference: generateReference(), type: r.type, jurisdiction: 'gdpr', state: r.state ?? 'in_progress', denialReason: null,
    channel: 'web_form', receivedAt: now, dueAt: new Date(now.getTime() + 30 * 86_400_000), targetAt: null, acknowledgeBy: null,
    acknowledgedAt: null, extendedAt: null, extensionReason: null, clockPausedAt: null, pausedDays: 0, language: r.language ?? 'en',
    email: r.email, emailHash: emailHash(r.email), deliveryEmail: r.email, name: null, phone: null, accountId: null, details: null,
    corrections: r.corrections ?? null, agent: null, agentStatus: null, assuranceRequired: 'standard',
    proofs: [{ method: 'email_code', at: now.toISOString(), identifiers: ['email'], by: 'person' }], statusTokenHash: 'x'.repeat(64),
    createdBy: 'person', createdAt: now, verifiedAt: now, closedAt: null,
  };
  await insertRequest(db, request);
  return request;
}

export interface SentMail {
  kind: 'packageReady' | 'downloadCode' | 'answer';
  reference: string;
  to: string;
  text: string;
}

export function recordingMail(): FulfilmentMail & { sent: SentMail[] } {
  const sent: SentMail[] = [];
  const push = (kind: SentMail['kind'], r: RightsRequest, text: string) => void sent.push({ kind, reference: r.reference, to: r.deliveryEmail, text });
  return {
    sent,
    packageReady: async (r, link) => push('packageReady', r, link),
    downloadCode: async (r, code) => push('downloadCode', r, code),
    answer: async (r, summary) => push('answer', r, summary),
  };
}
