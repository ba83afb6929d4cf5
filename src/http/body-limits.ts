import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError } from '../core/errors.js';
import { errorPayload } from './api/render-error.js';

/**
 * How many bytes of body each route reads (docs/security.md#request-bodies). Everything not
 * listed takes no body at all. The numbers are far above what a legitimate request needs:
 * a password form is one field of at most 200 characters, a beacon a click id and up to 50 pixel
 * ids, a link at most 8 KB of URL plus 50 rules of 8 KB.
 */
export const BODY_LIMITS = {
  /** `POST /<slug>`: the password form. */
  passwordForm: 2 * 1024,
  /** `POST /_r/beacon`: the interstitial's report. */
  beacon: 4 * 1024,
  /** `POST /api/v1/links/bulk`, `PATCH /api/v1/links/bulk`, `POST /api/v1/links/bulk-delete`. */
  apiBulk: 1024 * 1024,
  /** One link: `POST /api/v1/links`, `PATCH /api/v1/links/{id}`, `PUT /api/v1/links/external/{id}`. */
  apiLink: 512 * 1024,
  /** Every other API write (pixels, domains, keys, workspace, lockouts). */
  apiOther: 16 * 1024,
} as const;

function isApiWrite(method: string): boolean {
  return method === 'POST' || method === 'PATCH' || method === 'PUT';
}

/**
 * The most body bytes `method url` may carry. One function for the connection guard
 * (`rejectOversizedBody`) and the readers (`readBody`), so they cannot disagree.
 */
export function bodyLimit(method: string, url: string, redirect: boolean): number {
  if (redirect) return method === 'POST' ? BODY_LIMITS.passwordForm : 0;
  if (url.startsWith('/_r/beacon')) return method === 'POST' ? BODY_LIMITS.beacon : 0;
  if (!url.startsWith('/api/v1/') || !isApiWrite(method)) return 0;
  const path = url.slice('/api/v1'.length).split('?')[0] ?? '';
  if (path.startsWith('/links/bulk')) return BODY_LIMITS.apiBulk;
  if (path === '/links' || path.startsWith('/links/')) return BODY_LIMITS.apiLink;
  return BODY_LIMITS.apiOther;
}

/** The 413 every route answers, in the catalogue's shape; the connection is closed after it. */
export function sendPayloadTooLarge(res: ServerResponse, limit: number): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = JSON.stringify(errorPayload(new AppError('PAYLOAD_TOO_LARGE', undefined, { limitBytes: limit })));
  res.writeHead(413, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), connection: 'close' });
  res.end(body);
}

/**
 * Refuse a request whose declared body is over its route's limit before anything reads it: a
 * `Content-Length` above the limit, or any body (length or chunked) where none is taken. Node
 * closes the connection after the `Connection: close` answer without reading the rest.
 * Returns true when it answered.
 */
export function rejectOversizedBody(req: IncomingMessage, res: ServerResponse, limit: number): boolean {
  const length = req.headers['content-length'];
  const declared = length === undefined ? 0 : Number(length);
  const chunked = req.headers['transfer-encoding'] !== undefined;
  if (declared > limit || (limit === 0 && (chunked || declared > 0)) || Number.isNaN(declared)) {
    sendPayloadTooLarge(res, limit);
    return true;
  }
  return false;
}

/**
 * Read a body of at most `limit` bytes. Over the limit it stops reading at once (the rest stays
 * on the wire: the 413 closes the connection) and rejects with `PAYLOAD_TOO_LARGE`. Never holds
 * more than `limit` bytes, however the client sends them (one chunk, many, slowly).
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let size = 0;
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        req.pause();
        parts.length = 0;
        reject(new AppError('PAYLOAD_TOO_LARGE', undefined, { limitBytes: limit }));
        return;
      }
      parts.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, size));
    };
    const onError = () => {
      cleanup();
      reject(new AppError('BAD_REQUEST', 'The request body was not received completely.'));
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onError);
  });
}
