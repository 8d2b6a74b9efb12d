import { ConnectorError } from '../connector-error.ts';

const RETRYABLE_NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'PROTOCOL_CONNECTION_LOST']);

/** Turns a driver error into a ConnectorError; connection trouble, deadlocks and lock timeouts may be retried. */
export function wrapDriverError(engine: string, error: unknown, retryableCodes: ReadonlySet<string> = new Set()): ConnectorError {
  if (error instanceof ConnectorError) return error;
  const code = typeof error === 'object' && error !== null ? String((error as { code?: unknown }).code ?? '') : '';
  const message = error instanceof Error ? error.message : String(error);
  const network = RETRYABLE_NETWORK.has(code);
  return new ConnectorError(network ? 'network' : 'engine', `${engine}: ${message}`, { retryable: network || retryableCodes.has(code), cause: error });
}

/** Safe to show: host, port and database of a connection URL, never the user or password. */
export function describeUrl(engine: string, url: string): string {
  try {
    const u = new URL(url);
    return `${engine} at ${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    return `${engine} (unparseable URL)`;
  }
}
