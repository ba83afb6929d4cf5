import type { IncomingMessage, ServerResponse } from 'node:http';
import { bodyLimit, rejectOversizedBody } from './body-limits.js';
import type { NodeHandler } from './redirect/redirect-handler.js';

/**
 * First path segments Ricochet serves itself; everything else that looks like `/<slug>` goes to
 * the redirect handler without passing through the API framework.
 */
const APP_SEGMENTS = new Set(['', 'api', '_r', 'assets', 'healthz', 'readyz', 'metrics', 'favicon.ico', 'robots.txt']);

function firstSegment(url: string): string {
  let end = url.length;
  for (let i = 1; i < url.length; i++) {
    const ch = url.charCodeAt(i);
    if (ch === 47 /* / */ || ch === 63 /* ? */ || ch === 35 /* # */) {
      end = i;
      break;
    }
  }
  return url.slice(1, end);
}

/**
 * Route a request to the redirect handler or the app, after refusing a body its route does not
 * take (or a declared one over its limit) with 413 before anything reads it
 * (src/http/body-limits.ts). A plain GET without body costs two header lookups.
 */
export function createRequestListener(redirect: NodeHandler, app: NodeHandler): NodeHandler {
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/';
    const method = req.method ?? 'GET';
    const isRedirect = (method === 'GET' || method === 'HEAD' || method === 'POST') && url.charCodeAt(0) === 47 && !APP_SEGMENTS.has(firstSegment(url));
    if (req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined) {
      if (rejectOversizedBody(req, res, bodyLimit(method, url, isRedirect))) return;
      closeIfUnread(req, res);
    }
    if (isRedirect) redirect(req, res);
    else app(req, res);
  };
}

/**
 * A request answered before its body was read (a 401 before an API body, a 413 mid-body) ends
 * its connection: otherwise Node would read and discard the rest of the body to reuse the
 * connection, however large it is.
 */
function closeIfUnread(req: IncomingMessage, res: ServerResponse): void {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
    if (!req.complete) res.shouldKeepAlive = false;
    return writeHead.apply(this, args);
  } as ServerResponse['writeHead'];
}
