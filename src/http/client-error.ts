import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { AppError, type ErrorCode } from '../core/errors.js';
import { errorPayload } from './api/render-error.js';

/**
 * Requests Node's HTTP parser refuses before any handler sees them (a malformed request line or
 * header, a non-ASCII Host, headers over the size limit, a request that did not arrive within
 * the timeout) still get an answer in the catalogue's shape, then the connection is closed. Node's
 * default is a bare `400` with no body (Node's `clientError` documentation suggests this handler).
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable || (error.code === 'ECONNRESET' && !socket.readable)) {
      socket.destroy();
      return;
    }
    const code: ErrorCode = error.code === 'HPE_HEADER_OVERFLOW' ? 'HEADERS_TOO_LARGE' : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 'REQUEST_TIMEOUT' : 'BAD_REQUEST';
    const appError = new AppError(code);
    const body = JSON.stringify(errorPayload(appError));
    socket.end(`HTTP/1.1 ${appError.status} ${STATUS_TEXT[appError.status] ?? 'Bad Request'}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
  });
}

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };
