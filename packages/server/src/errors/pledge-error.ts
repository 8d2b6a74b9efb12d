import { ERROR_CATALOGUE, type ErrorCode } from './error-codes.ts';

/** The one error class of the server. Its status comes from the catalogue so a code cannot drift between call sites. */
export class PledgeError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: unknown;

  constructor(code: ErrorCode, options: { message?: string; details?: unknown; cause?: unknown } = {}) {
    super(options.message ?? ERROR_CATALOGUE[code].message, { cause: options.cause });
    this.name = 'PledgeError';
    this.code = code;
    this.status = ERROR_CATALOGUE[code].status;
    this.details = options.details;
  }
}

export function isPledgeError(value: unknown): value is PledgeError {
  return value instanceof PledgeError;
}
