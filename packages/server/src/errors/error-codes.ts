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
  notice_unchanged: { status: 409, message: 'This manifest is the one already published: nothing changed, so no new notice version was made.' },
  notice_effective_date_too_early: { status: 409, message: 'The effective date is before that of the latest published notice version.' },
  notice_version_not_found: { status: 404, message: 'No published notice version with this number.' },
  notice_language_not_declared: { status: 404, message: 'The notice is not published in this language.' },
  origin_not_allowed: { status: 403, message: 'This origin may not record consent here (manifest cookieSettings.origins).' },
  banner_not_built: { status: 404, message: 'The banner script is not built; run `npm run build`.' },
  consent_not_recorded: { status: 503, message: 'The consent could not be recorded and nothing was stored; retry.' },
  payload_too_large: { status: 413, message: 'The request body is too large.' },
  // Rights requests (rights/). Public ones are generic on purpose: they never say whether a person or request exists.
  request_not_found: { status: 404, message: 'No request matches this reference and token.' },
  request_transition_illegal: { status: 409, message: 'The request cannot make this state change.' },
  request_extension_not_allowed: { status: 409, message: 'The deadline of this request cannot be extended.' },
  verification_failed: { status: 400, message: 'This link or code is not valid. It may have expired or been used; ask for a new one.' },
  verification_locked: { status: 429, message: 'Too many wrong codes. Ask for a new code.' },
  second_approver_required: { status: 409, message: 'A second, different approver must decide this.' },
  approval_not_found: { status: 404, message: 'No pending approval with this id.' },
  agent_document_not_found: { status: 404, message: 'No authorisation document is held for this request.' },
  upload_type_not_allowed: { status: 415, message: 'Upload a PDF, PNG or JPEG file.' },
  uploads_not_configured: { status: 503, message: 'Uploads are not configured on this server (PLEDGE_UPLOAD_KEY).' },
  // Admin console accounts (accounts/). A failed login never says whether the address exists.
  login_failed: { status: 401, message: 'The e-mail address or password is not correct.' },
  totp_required: { status: 401, message: 'Enter the six-digit code from your authenticator app.' },
  totp_not_configured: { status: 503, message: 'Two-factor codes are not configured on this server (PLEDGE_TOTP_KEY).' },
  csrf_failed: { status: 403, message: 'The request lacks a valid X-CSRF-Token header for this session; reload the page.' },
  user_exists: { status: 409, message: 'An account with this e-mail address exists already.' },
  user_not_found: { status: 404, message: 'No account with this e-mail address.' },
  unsupported_media_type: { status: 415, message: 'Send the body as application/json.' },
  // Fulfilment (fulfilment/, jobs/).
  fulfilment_step_not_waiting: { status: 409, message: 'This step is not waiting for a person.' },
  job_not_found: { status: 404, message: 'No dead job with this id.' },
  rate_limited: { status: 429, message: 'Too many requests; retry later.' },
  internal_error: { status: 500, message: 'Something went wrong on our side. It has been logged.' },
  config_invalid: { status: 500, message: 'The server configuration is invalid.' },
  database_not_migrated: { status: 503, message: 'The database has pending migrations; run `pledge migrate`.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
