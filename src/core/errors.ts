/**
 * The one error catalogue: every stable error code Ricochet returns, its HTTP status and its
 * default message. Use cases throw `AppError`; only `src/http` renders it, as
 * `{"error":{"code","message","details"}}`. `docs/errors.md` is checked against this table by a test.
 */
export const ERRORS = {
  MALFORMED_JSON: { status: 400, message: 'The request body is not valid JSON.' },
  INVALID_QUERY: { status: 400, message: 'A query parameter is missing or invalid.' },
  INVALID_CURSOR: { status: 400, message: 'The pagination cursor is not one this server issued.' },
  BAD_REQUEST: { status: 400, message: 'The request is malformed.' },
  REQUEST_TIMEOUT: { status: 408, message: 'The request did not arrive completely in time; the connection is closed.' },
  HEADERS_TOO_LARGE: { status: 431, message: 'The request headers are too large.' },
  UNAUTHENTICATED: { status: 401, message: 'Send a valid API key as `Authorization: Bearer <key>`.' },
  FORBIDDEN: { status: 403, message: 'Your API key’s role does not allow this action.' },
  NOT_FOUND: { status: 404, message: 'There is no such endpoint.' },
  LINK_NOT_FOUND: { status: 404, message: 'No link with this id in this workspace.' },
  PIXEL_NOT_FOUND: { status: 404, message: 'No pixel with this id in this workspace.' },
  DOMAIN_NOT_FOUND: { status: 404, message: 'No domain with this id in this workspace.' },
  FOLDER_NOT_FOUND: { status: 404, message: 'No folder with this id in this workspace.' },
  UTM_TEMPLATE_NOT_FOUND: { status: 404, message: 'No UTM template with this id in this workspace.' },
  VIEW_NOT_FOUND: { status: 404, message: 'No saved view with this id in this workspace.' },
  API_KEY_NOT_FOUND: { status: 404, message: 'No API key with this id in this workspace.' },
  CLICK_NOT_FOUND: { status: 404, message: 'No click with this id in this workspace.' },
  CONVERSION_NOT_FOUND: { status: 404, message: 'No lead or sale with this id in this workspace.' },
  CUSTOMER_NOT_FOUND: { status: 404, message: 'No lead of this workspace has this customer; track the lead first, or send the `clickId`.' },
  WORKSPACE_NOT_FOUND: { status: 404, message: 'No workspace has this name; create it with `ricochet workspaces create <name>`.' },
  WEBHOOK_NOT_FOUND: { status: 404, message: 'No webhook endpoint with this id in this workspace.' },
  WEBHOOK_MESSAGE_NOT_FOUND: { status: 404, message: 'This endpoint has no message with this id (messages are kept for WEBHOOK_LOG_RETENTION_DAYS).' },
  SLUG_TAKEN: { status: 409, message: 'This slug is already used on this domain.' },
  EXTERNAL_ID_TAKEN: { status: 409, message: 'Another link of this workspace has this `externalId`; `PUT /links/external/{externalId}` updates it.' },
  PIXEL_DUPLICATE: { status: 409, message: 'This workspace already has a pixel with this platform and tag id.' },
  FOLDER_NAME_TAKEN: { status: 409, message: 'This workspace already has a folder with this name.' },
  DOMAIN_TAKEN: { status: 409, message: 'This hostname is already registered.' },
  DOMAIN_IN_USE: { status: 409, message: 'Links still use this domain; delete or move them first.' },
  SERVER_NOT_CONFIGURED: { status: 409, message: 'This pixel has no server-side delivery set up; `PUT /pixels/{id}/server` first.' },
  INVOICE_CONFLICT: { status: 409, message: 'This invoice id was already tracked with a different customer, amount or currency.' },
  WORKSPACE_EXISTS: { status: 409, message: 'A workspace with this name exists already.' },
  IMPORT_UNFINISHED: { status: 409, message: 'An earlier import of this file into this workspace stopped part-way: add `--resume` to continue after the last imported row, or `--restart` to start over.' },
  LAST_OWNER_KEY: { status: 409, message: 'This is the workspace’s last owner key; create another owner key first.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request body is larger than this endpoint accepts (`details.limitBytes`); the connection is closed.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Send the request body as `Content-Type: application/json`.' },
  VALIDATION_FAILED: { status: 422, message: 'The request body does not match the schema.' },
  URL_UNSAFE: { status: 422, message: 'The URL is not a safe absolute http(s) URL.' },
  DESTINATION_BLOCKED: { status: 422, message: 'Links may not point to this host: it is on this server’s destination blocklist.' },
  SLUG_INVALID: { status: 422, message: 'Slugs are 1–100 characters of letters, digits, `-` and `_`.' },
  SLUG_RESERVED: { status: 422, message: 'This slug is reserved by Ricochet.' },
  DOMAIN_INVALID: { status: 422, message: 'The hostname is not a valid domain name.' },
  DOMAIN_UNKNOWN: { status: 422, message: 'The link’s domain is not registered in this workspace.' },
  FOLDER_UNKNOWN: { status: 422, message: 'The folder id does not belong to this workspace.' },
  PIXEL_UNKNOWN: { status: 422, message: 'A pixel id does not belong to this workspace.' },
  LINK_UNKNOWN: { status: 422, message: 'A link id does not belong to this workspace.' },
  WEBHOOK_URL_FORBIDDEN: { status: 422, message: 'The webhook URL leads to a loopback, private, link-local or cloud metadata address; webhooks are delivered to public addresses only (an operator can allow networks with WEBHOOK_ALLOWED_NETWORKS).' },
  WEBHOOK_URL_UNRESOLVABLE: { status: 422, message: 'The webhook URL’s host name does not resolve to any address.' },
  WEBHOOK_LIMIT_REACHED: { status: 422, message: 'This workspace has the most webhook endpoints it can have (100); delete one first.' },
  PIXEL_ID_INVALID: { status: 422, message: 'The pixel id (tag id) cannot be an id of this platform.' },
  EXPIRES_IN_PAST: { status: 422, message: '`expiresAt` is in the past: the link would be expired from the start.' },
  CSV_INVALID: { status: 422, message: 'The CSV file cannot be imported as it is.' },
  ROLE_NOT_GRANTABLE: { status: 422, message: 'A key can only create keys with a role at or below its own.' },
  SERVER_EVENTS_UNSUPPORTED: { status: 422, message: 'This pixel’s platform has no server-side API Ricochet can send to.' },
  SERVER_SETTINGS_INVALID: { status: 422, message: 'A server-side setting or credential is missing, unknown or malformed; `details` says which.' },
  TEST_MODE_UNAVAILABLE: { status: 422, message: 'This platform has no test mode Ricochet can use, or the setting it needs (a test event code) is not set.' },
  ATTRIBUTION_EXPIRED: { status: 422, message: 'The click is older than the attribution window (ATTRIBUTION_WINDOW_DAYS).' },
  BULK_TOO_LARGE: { status: 422, message: 'A bulk request holds at most 1,000 items.' },
  RATE_LIMITED: { status: 429, message: 'Too many requests for this API key; retry after the time in `Retry-After`.' },
  AUTH_RATE_LIMITED: { status: 429, message: 'Too many requests without a valid API key from this address; retry after the time in `Retry-After`.' },
  LINK_RATE_LIMITED: { status: 429, message: 'This workspace created too many links in the last hour; retry after the time in `Retry-After`.' },
  INTERNAL: { status: 500, message: 'Something went wrong on our side.' },
  UNAVAILABLE: { status: 503, message: 'The database is not reachable right now.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

/**
 * A failure the client can act on. `details` carries machine-readable context
 * (which field, which reason).
 * @example throw new AppError('LINK_NOT_FOUND');
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: unknown;

  constructor(code: ErrorCode, message?: string, details?: unknown) {
    super(message ?? ERRORS[code].message);
    this.name = 'AppError';
    this.code = code;
    this.status = ERRORS[code].status;
    this.details = details;
  }
}
