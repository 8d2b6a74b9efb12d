import { ConnectorError, createConnector, describeError, type Connector } from '@pledge/connectors';
import type { Manifest } from '@pledge/manifest';
import { DEFAULT_PUBLIC_URL } from '../rights/rights-config.ts';

/** The route of webhook-callback.routes.ts for one system. */
export const callbackPath = (system: string) => `/v1/connectors/${encodeURIComponent(system)}/callback`;

/**
 * Where a webhook system that answers 202 sends its signed result: this server's callback route under
 * PLEDGE_PUBLIC_URL (read from the same environment as the systems' variables; config.ts has validated it).
 */
export function callbackUrlFor(env: Readonly<Record<string, string | undefined>>, system: string): string {
  const base = (env.PLEDGE_PUBLIC_URL?.trim() || DEFAULT_PUBLIC_URL).replace(/\/+$/, '');
  return `${base}${callbackPath(system)}`;
}

/**
 * One connector per system. A system that cannot be set up (a missing variable, a bad URL) gets a stand-in that
 * fails each call with the reason, so its datasets become manual tasks while the other systems go on.
 */
export function createSystemConnectors(manifest: Manifest, env: Readonly<Record<string, string | undefined>>): Record<string, Connector> {
  const connectors: Record<string, Connector> = {};
  for (const system of manifest.systems) {
    try {
      connectors[system.id] = createConnector(system, env, { callbackUrl: callbackUrlFor(env, system.id) });
    } catch (error) {
      const fail = async (): Promise<never> => {
        throw new ConnectorError('config', describeError(error));
      };
      const capabilities = { canAccess: true, canErase: true, canRectify: true, canRestrict: true };
      connectors[system.id] = { engine: system.connection.engine, capabilities, describe: () => ({ engine: system.connection.engine, capabilities, target: 'not configured' }), findRows: fail, eraseRows: fail, rectifyRows: fail, restrictRows: fail, close: async () => undefined };
    }
  }
  return connectors;
}

export async function closeConnectors(connectors: Readonly<Record<string, Connector>>): Promise<void> {
  await Promise.allSettled(Object.values(connectors).map((c) => c.close()));
}

/**
 * Connectors kept for a worker's lifetime: connection pools and each table's column check are paid once, not per
 * job. Closed when the worker stops.
 */
export interface ConnectorRegistry {
  get(): Record<string, Connector>;
  close(): Promise<void>;
}

export function createConnectorRegistry(create: () => Record<string, Connector>): ConnectorRegistry {
  let connectors: Record<string, Connector> | null = null;
  return {
    get: () => (connectors ??= create()),
    close: async () => {
      if (connectors) await closeConnectors(connectors);
      connectors = null;
    },
  };
}
