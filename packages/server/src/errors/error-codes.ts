/**
 * The one catalogue of error codes. Clients switch on `code`, never on `message`,
 * so a code, once published, keeps its meaning; add new codes instead of reusing old ones.
 */
export const ERROR_CATALOGUE = {
  validation_failed: { status: 400, message: 'The request does not match the schema.' },
  malformed_json: { status: 400, message: 'The request body is not valid JSON.' },
  bad_request: { status: 400, message: 'The request cannot be processed.' },
  unauthenticated: { status: 401, message: 'A valid API key is required (Authorization: Bearer <key>).' },
  forbidden: { status: 403, message: "This API key's role may not use this route." },
  not_found: { status: 404, message: 'No such route.' },
  api_key_not_found: { status: 404, message: 'No API key with this id.' },
  api_key_already_revoked: { status: 409, message: 'This API key is already revoked.' },
  payload_too_large: { status: 413, message: 'The request body is too large.' },
  unsupported_media_type: { status: 415, message: 'Send the body as application/json.' },
  rate_limited: { status: 429, message: 'Too many requests; retry later.' },
  internal_error: { status: 500, message: 'Something went wrong on our side. It has been logged.' },
  config_invalid: { status: 500, message: 'The server configuration is invalid.' },
  database_not_migrated: { status: 503, message: 'The database has pending migrations; run `pledge migrate`.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
