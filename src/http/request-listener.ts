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

export function createRequestListener(redirect: NodeHandler, app: NodeHandler): NodeHandler {
  return (req, res) => {
    const url = req.url ?? '/';
    const method = req.method;
    if ((method === 'GET' || method === 'HEAD' || method === 'POST') && url.charCodeAt(0) === 47 && !APP_SEGMENTS.has(firstSegment(url))) {
      redirect(req, res);
    } else {
      app(req, res);
    }
  };
}
