import type { Connector, SystemSpec } from '../connector.ts';
import { ConnectorError } from '../connector-error.ts';
import { ManualConnector } from '../manual/manual-connector.ts';
import { createMysqlConnector } from '../mysql/mysql-connector.ts';
import { createPostgresConnector } from '../postgres/postgres-connector.ts';
import { createSqliteConnector } from '../sqlite/sqlite-connector.ts';
import { WebhookConnector } from '../webhook/webhook-connector.ts';

export type Env = Readonly<Record<string, string | undefined>>;

export interface CreateConnectorOptions {
  /** For webhook systems that answer 202: where their signed result goes. */
  callbackUrl?: string;
}

/** Reads a setting from the environment variable the manifest names; the manifest itself never holds secrets. */
function fromEnv(system: SystemSpec, env: Env, key: 'urlEnv' | 'secretEnv', what: string): string {
  const name = system.connection[key];
  const label = `System "${system.id}" (${system.connection.engine})`;
  if (!name) throw new ConnectorError('config', `${label} has no connection.${key}: name the environment variable that holds its ${what}.`);
  const value = env[name];
  if (value === undefined || value.trim() === '') throw new ConnectorError('config', `${label} reads its ${what} from the environment variable ${name}, which is not set.`);
  return value;
}

/** The one place that turns a manifest system into a connector. The caller owns it and must close() it. */
export function createConnector(system: SystemSpec, env: Env, options: CreateConnectorOptions = {}): Connector {
  switch (system.connection.engine) {
    case 'postgres':
      return createPostgresConnector({ url: fromEnv(system, env, 'urlEnv', 'connection string') });
    case 'mysql':
      return createMysqlConnector({ url: fromEnv(system, env, 'urlEnv', 'connection string') });
    case 'sqlite':
      return createSqliteConnector({ url: fromEnv(system, env, 'urlEnv', 'database file path') });
    case 'webhook':
      return new WebhookConnector(system.id, {
        url: fromEnv(system, env, 'urlEnv', 'endpoint URL'),
        secret: fromEnv(system, env, 'secretEnv', 'signing secret'),
        ...(options.callbackUrl ? { callbackUrl: options.callbackUrl } : {}),
      });
    case 'manual':
      return new ManualConnector(system.id, { assignee: system.connection.assignee ?? null });
  }
}

/** Connectors for every system of a manifest, keyed by system id; closes what it opened if one fails. */
export function createConnectors(systems: readonly SystemSpec[], env: Env, options: CreateConnectorOptions = {}): Record<string, Connector> {
  const connectors: Record<string, Connector> = {};
  try {
    for (const system of systems) connectors[system.id] = createConnector(system, env, options);
    return connectors;
  } catch (error) {
    for (const connector of Object.values(connectors)) void connector.close();
    throw error;
  }
}
