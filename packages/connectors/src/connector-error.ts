export const CONNECTOR_ERROR_CODES = [
  'config', // the system's connection settings are missing or wrong
  'invalid_identifier', // a table or column name in the manifest is not a plain SQL identifier
  'unknown_table', // the manifest names a table the database does not have
  'unknown_column', // the manifest names a column the table does not have
  'undeclared_field', // a rectification touches a field the manifest does not declare
  'invalid_strategy', // an erasure strategy cannot apply to the column's type
  'unsupported', // the engine or dataset cannot do this operation
  'remote', // a webhook answered with a non-2xx status or an unreadable body
  'timeout', // a webhook did not answer in time
  'network', // the target could not be reached
  'engine', // the database refused the statement
] as const;
export type ConnectorErrorCode = (typeof CONNECTOR_ERROR_CODES)[number];

/** The one error type connectors throw. Messages never contain connection strings or personal data values. */
export class ConnectorError extends Error {
  override readonly name = 'ConnectorError';
  readonly code: ConnectorErrorCode;
  /** Whether trying the same call again later may succeed (timeouts, 5xx, lost connections). */
  readonly retryable: boolean;
  readonly status: number | undefined;

  constructor(code: ConnectorErrorCode, message: string, options: { retryable?: boolean; status?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retryable = options.retryable ?? false;
    this.status = options.status;
  }
}

export const isConnectorError = (error: unknown): error is ConnectorError => error instanceof ConnectorError;

/** A message safe to record in a request's report. */
export const describeError = (error: unknown): string => (error instanceof Error ? error.message : String(error));
