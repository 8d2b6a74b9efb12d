import type { Connector } from '@pledge/connectors';
import type { Manifest } from '@pledge/manifest';
import type { Logger } from 'pino';
import type { AuditService } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { FulfilmentConfig } from './fulfilment-config.ts';
import type { FulfilmentMail } from './fulfilment-mail.ts';
import type { ConnectorRegistry } from './system-connectors.ts';

/** What fulfilment is built from, passed down by the composition root (app.ts, or the worker command). */
export interface FulfilmentDeps {
  db: Db;
  audit: AuditService;
  manifest: Manifest;
  config: FulfilmentConfig;
  mail: FulfilmentMail;
  /** Where download links point (rights config PLEDGE_PUBLIC_URL). */
  publicUrl: string;
  logger?: Logger;
  /** A worker's long-lived connectors; without it each job run opens and closes its own. */
  connectors?: ConnectorRegistry;
  /** Tests only: connectors other than the manifest's. */
  createConnectors?: (manifest: Manifest, env: Readonly<Record<string, string | undefined>>) => Record<string, Connector>;
}
