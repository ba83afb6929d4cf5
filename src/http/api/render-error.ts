import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import { AppError, ERRORS, type ErrorCode } from '../../core/errors.js';
import type { Logger } from 'pino';

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** The one place an error becomes an HTTP response. Unknown errors are logged and answer a bare 500. */
export function renderError(error: unknown, c: Context, log: Logger): Response {
  const appError = toAppError(error);
  if (!appError) {
    log.error({ err: error, requestId: c.get('requestId' as never), path: c.req.path }, 'unhandled error');
    return c.json(body('INTERNAL'), 500);
  }
  const headers: Record<string, string> = {};
  const retryAfter = retryAfterOf(appError);
  if (retryAfter !== null) headers['retry-after'] = String(retryAfter);
  // The rest of an over-long body is never read: say so, instead of just closing the connection.
  if (appError.code === 'PAYLOAD_TOO_LARGE') headers.connection = 'close';
  return c.json(errorPayload(appError), appError.status as 400, headers);
}

/** Every 429 says when to come back: `details.retryAfterSeconds`, sent as `Retry-After` too. */
export function retryAfterOf(appError: AppError): number | null {
  if (appError.status !== 429 || typeof appError.details !== 'object' || appError.details === null) return null;
  const seconds = (appError.details as { retryAfterSeconds?: unknown }).retryAfterSeconds;
  return typeof seconds === 'number' ? seconds : null;
}

/** The catalogue's JSON shape of an error, for the handlers outside Hono (the raw redirect path). */
export function errorPayload(appError: AppError): ErrorBody {
  const payload: ErrorBody = { error: { code: appError.code, message: appError.message } };
  if (appError.details !== undefined) payload.error.details = appError.details;
  return payload;
}

function body(code: ErrorCode): ErrorBody {
  return { error: { code, message: ERRORS[code].message } };
}

/**
 * Driver errors that mean "the database is not reachable right now" (connection refused or
 * dropped, server shutting down, SQLite write lock still taken after the wait): 503, so clients and load
 * balancers retry, rather than a 500 that reads like a bug.
 */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', 'SQLITE_BUSY', 'SQLITE_LOCKED']);

function isUnavailable(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  if (typeof e?.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
  return typeof e?.message === 'string' && /Connection terminated|timeout exceeded when trying to connect/i.test(e.message);
}

/**
 * PostgreSQL refuses text it cannot store (a NUL byte, an invalid sequence): the client's input,
 * which the schemas did not rule out, not our failure (found by the fuzz test, issue 17).
 */
const BAD_TEXT_CODES = new Set(['22021', '22P05']);

function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (isUnavailable(error)) return new AppError('UNAVAILABLE');
  if (BAD_TEXT_CODES.has(String((error as { code?: unknown } | null)?.code))) return new AppError('BAD_REQUEST', 'The request holds text that cannot be stored (a NUL byte or an invalid character sequence).');
  if (error instanceof ZodError) return validationError(error, 'json');
  if (error instanceof HTTPException) {
    if (error.status === 400 && /json/i.test(error.message)) return new AppError('MALFORMED_JSON');
    if (error.status === 413) return new AppError('PAYLOAD_TOO_LARGE');
    if (error.status === 404) return new AppError('NOT_FOUND');
    if (error.status === 400) return new AppError('BAD_REQUEST', error.message || undefined);
  }
  return null;
}

/** Zod issues → VALIDATION_FAILED (body) or INVALID_QUERY (query/path), with each field's problem. */
export function validationError(error: ZodError, target: string): AppError {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || (issue.code === 'unrecognized_keys' ? '' : '(root)'),
    message: issue.message,
    ...(issue.code === 'unrecognized_keys' ? { keys: issue.keys } : {}),
  }));
  const first = issues[0];
  const summary = first ? `${first.path ? `${first.path}: ` : ''}${first.message}` : undefined;
  if (target === 'json') return new AppError('VALIDATION_FAILED', summary, { issues });
  return new AppError('INVALID_QUERY', summary, { issues });
}
